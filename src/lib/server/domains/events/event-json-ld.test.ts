import { describe, expect, it } from 'vitest';
import { eventJsonLd, type JsonLdEvent } from './event-json-ld';

const course: JsonLdEvent = {
	title: 'Babymassage-Kurs',
	summary: 'Vier Vormittage',
	status: 'published',
	organiser: 'Familienzentrum Sonnenblume (Beispiel)',
	costFree: false,
	feeCents: 4000,
	languages: ['de', 'tr'],
	capacity: 8,
	seats: { taken: 7, waiting: 0, free: 1 },
	waitingList: true,
	registrationOpensAt: new Date('2027-02-01T08:00:00Z'),
	sessions: [
		{
			id: 's1',
			startsAt: new Date('2027-03-02T09:00:00Z'),
			endsAt: new Date('2027-03-02T10:00:00Z'),
			place: 'Familienzentrum, Gartenweg 4',
			onlineUrl: ''
		},
		{
			id: 's2',
			startsAt: new Date('2027-03-09T09:00:00Z'),
			endsAt: new Date('2027-03-09T10:00:00Z'),
			place: '',
			onlineUrl: 'https://video.example.org/kurs'
		}
	]
};
const o = { url: 'https://portal.example.org/netz/veranstaltungen/1', networkName: 'Netzwerk Beispielstadt' };

describe('schema.org Event of an event page', () => {
	it('spans the sessions, names status, attendance mode, place, offer and organiser', () => {
		const ld = eventJsonLd(course, o);
		expect(ld).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Event',
			name: 'Babymassage-Kurs',
			startDate: '2027-03-02T09:00:00.000Z',
			endDate: '2027-03-09T10:00:00.000Z',
			eventStatus: 'https://schema.org/EventScheduled',
			eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
			location: { '@type': 'Place', name: 'Familienzentrum, Gartenweg 4', address: 'Familienzentrum, Gartenweg 4' },
			organizer: { '@type': 'Organization', name: 'Familienzentrum Sonnenblume (Beispiel)' },
			offers: {
				'@type': 'Offer',
				price: '40.00',
				priceCurrency: 'EUR',
				availability: 'https://schema.org/InStock',
				validFrom: '2027-02-01T08:00:00.000Z',
				url: o.url
			},
			inLanguage: ['de', 'tr'],
			remainingAttendeeCapacity: 1
		});
		expect(ld.isAccessibleForFree).toBeUndefined();
		expect((ld.subEvent as { location: unknown }[])[1]!.location).toEqual({
			'@type': 'VirtualLocation',
			url: 'https://video.example.org/kurs'
		});
	});

	it('says cancelled, free of charge, online only and the waiting list', () => {
		const ld = eventJsonLd(
			{
				...course,
				status: 'cancelled',
				costFree: true,
				feeCents: null,
				seats: { taken: 8, waiting: 2, free: 0 },
				sessions: [course.sessions[1]!]
			},
			o
		);
		expect(ld).toMatchObject({
			eventStatus: 'https://schema.org/EventCancelled',
			eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
			isAccessibleForFree: true,
			offers: { price: 0, availability: 'https://schema.org/LimitedAvailability' }
		});
		expect(ld.subEvent).toBeUndefined();
	});
});
