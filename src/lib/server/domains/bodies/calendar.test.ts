import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { meetingIcs } from './calendar';

const meeting = {
	id: '00000000-0000-4000-8000-000000000001',
	title: 'Sitzung',
	startsAt: new Date('2026-05-01T13:00:00Z'),
	endsAt: new Date('2026-05-01T15:00:00Z'),
	place: '',
	onlineUrl: 'https://video.example.org/räume/Frühe-Hilfen-Öffentlich?name=Jürgen Müß',
	agenda: '',
	sequence: 0,
	bodyName: 'AG Süd'
};

describe('meeting .ics', () => {
	it('percent-encodes umlauts in URL values, so the URL is a valid URI', () => {
		const ics = meetingIcs(meeting, {
			method: 'request',
			organizer: { name: 'Koordination', email: 'koordination@example.org' },
			attendee: { name: 'Anna Beispiel', email: 'anna@example.org' },
			rsvpLink: 'https://portal.example.org/antwort/süd/tökén',
			host: 'portal.example.org'
		});
		const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
		const url = String(event.getFirstPropertyValue('url'));
		expect(url).toMatch(/^[\x21-\x7e]+$/); // no raw non-ASCII, no spaces
		expect(new URL(url).href).toBe(url);
		expect(decodeURI(new URL(url).pathname)).toBe('/räume/Frühe-Hilfen-Öffentlich');
		// The RSVP link in the description is a link too (clients make it clickable).
		expect(String(event.getFirstPropertyValue('description'))).toContain(
			'https://portal.example.org/antwort/s%C3%BCd/t%C3%B6k%C3%A9n'
		);
	});

	it('leaves out a URL that is no URL at all', () => {
		const ics = meetingIcs(
			{ ...meeting, onlineUrl: 'https://' },
			{
				method: 'request',
				organizer: { name: 'K', email: 'k@example.org' },
				attendee: { name: 'A', email: 'a@example.org' },
				rsvpLink: 'https://portal.example.org/antwort/x/y',
				host: 'portal.example.org'
			}
		);
		expect(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!.getFirstPropertyValue('url')).toBeNull();
	});
});
