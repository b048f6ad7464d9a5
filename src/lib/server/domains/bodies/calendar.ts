import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { CALENDAR_PRODUCT, calendarUri } from '$lib/server/domains/shared/calendar';

export type CalendarMeeting = {
	id: string;
	title: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	onlineUrl: string;
	agenda: string;
	sequence: number;
	bodyName: string;
};

/**
 * The meeting as an iCalendar file for one invitee: METHOD:REQUEST (invitation or update,
 * with a higher SEQUENCE each time) or METHOD:CANCEL. Times in UTC, so every client shows
 * them in its own zone without a VTIMEZONE block; the UID stays the same for the meeting.
 */
export function meetingIcs(
	m: CalendarMeeting,
	o: {
		method: 'request' | 'cancel';
		organizer: { name: string; email: string };
		attendee: { name: string; email: string };
		rsvpLink: string;
		host: string;
	}
): string {
	const calendar = ical({
		name: m.bodyName,
		method: o.method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
		prodId: { ...CALENDAR_PRODUCT, product: 'Sitzungen' }
	});
	const rsvpLink = calendarUri(o.rsvpLink) ?? o.rsvpLink;
	calendar.createEvent({
		id: `${m.id}@${o.host}`,
		sequence: m.sequence,
		start: m.startsAt,
		end: m.endsAt,
		stamp: new Date(),
		summary: `${m.bodyName}: ${m.title}`,
		description: [m.agenda ? `Tagesordnung:\n${m.agenda}` : '', `Zu- oder Absage: ${rsvpLink}`]
			.filter(Boolean)
			.join('\n\n'),
		location: m.place || m.onlineUrl || undefined,
		url: (m.onlineUrl && calendarUri(m.onlineUrl)) || undefined,
		status: o.method === 'cancel' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		organizer: o.organizer,
		attendees: [{ name: o.attendee.name, email: o.attendee.email, rsvp: true }]
	});
	return calendar.toString();
}
