import { describe, expect, it } from 'vitest';
import { eventFeedIcs, eventIcs, type CalendarEvent } from './event-calendar';

const event: CalendarEvent = {
	id: 'e1',
	title: 'Fachtag Frühe Hilfen',
	summary: 'Vorträge und Austausch',
	link: 'https://portal.example.org/beispielstadt/veranstaltungen/e1',
	sequence: 2,
	cancelled: false,
	organiser: { name: 'Netzwerk Beispielstadt', email: 'netzwerk@example.org' },
	sessions: [
		{
			id: 's1',
			startsAt: new Date('2027-03-03T08:00:00Z'),
			endsAt: new Date('2027-03-03T12:00:00Z'),
			place: 'Rathaus, Saal 2',
			onlineUrl: ''
		},
		{
			id: 's2',
			startsAt: new Date('2027-03-10T08:00:00Z'),
			endsAt: new Date('2027-03-10T12:00:00Z'),
			place: '',
			onlineUrl: 'https://video.example.org/raum'
		}
	]
};

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('event calendar files', () => {
	it('writes one VEVENT per session with a stable UID and the SEQUENCE', () => {
		const ics = unfold(eventIcs(event, { method: 'publish', host: 'portal.example.org' }));
		expect(ics).toContain('METHOD:PUBLISH');
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(ics).toContain('UID:s1@portal.example.org');
		expect(ics).toContain('UID:s2@portal.example.org');
		expect(ics).toContain('SEQUENCE:2');
		expect(ics).toContain('DTSTART:20270303T080000Z');
		expect(ics).toContain('SUMMARY:Fachtag Frühe Hilfen (1/2)');
		expect(ics).toContain('LOCATION:Rathaus\\, Saal 2');
		expect(ics).toContain('STATUS:CONFIRMED');
	});

	it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UIDs', () => {
		const ics = unfold(eventIcs({ ...event, sequence: 3 }, { method: 'cancel', host: 'portal.example.org' }));
		expect(ics).toContain('METHOD:CANCEL');
		expect(ics).toContain('STATUS:CANCELLED');
		expect(ics).toContain('UID:s1@portal.example.org');
		expect(ics).toContain('SEQUENCE:3');
		expect(ics).not.toContain('STATUS:CONFIRMED');
	});

	it('puts every event of the feed in one calendar, cancelled ones marked', () => {
		const ics = unfold(
			eventFeedIcs(
				'Veranstaltungen',
				[event, { ...event, id: 'e2', cancelled: true, sessions: [{ ...event.sessions[0]!, id: 's3' }] }],
				'portal.example.org'
			)
		);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
		expect(ics).toContain('UID:s3@portal.example.org');
		expect(ics.match(/STATUS:CANCELLED/g)).toHaveLength(1);
	});
});
