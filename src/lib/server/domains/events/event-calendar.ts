import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { CALENDAR_PRODUCT, calendarUri } from '$lib/server/domains/shared/calendar';

/** What a calendar file needs of an event: its sessions become one VEVENT each. */
export type CalendarEvent = {
	id: string;
	title: string;
	summary: string;
	/** The public event page (or the personal link in a participant's mail). */
	link: string;
	/** Raised on every change the participants should see; clients replace the entry by UID + SEQUENCE. */
	sequence: number;
	cancelled: boolean;
	organiser: { name: string; email: string };
	sessions: { id: string; startsAt: Date; endsAt: Date; place: string; onlineUrl: string }[];
};

export type EventCalendarMethod = 'publish' | 'cancel';

const METHOD = { publish: ICalCalendarMethod.PUBLISH, cancel: ICalCalendarMethod.CANCEL } as const;

/** One VEVENT per session with a UID stable over every change: `<session id>@<host>`. */
function addSessions(calendar: ICalCalendar, e: CalendarEvent, host: string, cancelled: boolean): void {
	const link = calendarUri(e.link) ?? undefined;
	const count = e.sessions.length;
	e.sessions.forEach((s, i) => {
		calendar.createEvent({
			id: `${s.id}@${host}`,
			sequence: e.sequence,
			start: s.startsAt,
			end: s.endsAt,
			stamp: new Date(),
			summary: count > 1 ? `${e.title} (${i + 1}/${count})` : e.title,
			description: [e.summary, link ?? ''].filter(Boolean).join('\n\n') || undefined,
			location: s.place || s.onlineUrl || undefined,
			url: (s.onlineUrl && calendarUri(s.onlineUrl)) || link,
			status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
			organizer: e.organiser
		});
	});
}

/**
 * One event as an iCalendar file (Europe/Berlin times written in UTC, so every client shows them in
 * its own zone): METHOD:PUBLISH for the confirmation and every update, METHOD:CANCEL with
 * STATUS:CANCELLED when the event is called off.
 */
export function eventIcs(e: CalendarEvent, o: { method: EventCalendarMethod; host: string }): string {
	const calendar = ical({
		name: e.title,
		method: METHOD[o.method],
		prodId: { ...CALENDAR_PRODUCT, product: 'Veranstaltungen' }
	});
	addSessions(calendar, e, o.host, o.method === 'cancel' || e.cancelled);
	return calendar.toString();
}

/** The network's feed of public events (`/{network}/veranstaltungen.ics`): cancelled ones stay in it as CANCELLED. */
export function eventFeedIcs(name: string, list: CalendarEvent[], host: string): string {
	const calendar = ical({
		name,
		method: ICalCalendarMethod.PUBLISH,
		prodId: { ...CALENDAR_PRODUCT, product: 'Veranstaltungen' }
	});
	for (const e of list) addSessions(calendar, e, host, e.cancelled);
	return calendar.toString();
}
