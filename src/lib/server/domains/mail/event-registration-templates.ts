import { formatDate } from '$lib/time';
import type { MailText } from './mail-text';

// Mails to people who registered for an event through the portal (issue 14): written in the
// language they registered in (German where that language has no text). Merged into `templates`.

type Session = { startsAt: Date; endsAt: Date; place: string; onlineUrl: string };

/** What every event mail to a registrant carries. */
type EventMail = {
	name: string;
	eventTitle: string;
	sessions: Session[];
	/** The personal link: see the registration, cancel it, accept a seat. */
	link: string;
	/** Contact for questions (name, address, phone), '' when none. */
	contact: string;
};

export type EventRegistrationTemplates = {
	registration_confirmed: EventMail & { persons: number };
	registration_waiting: EventMail & { position: number };
	seat_offered: EventMail & { until: Date };
	seat_promoted: EventMail & { persons: number };
	registration_cancelled: EventMail & { eventLink: string };
	registration_updated: EventMail & { calendar: boolean };
};

type Rendered = { subject: string; paragraphs: string[]; action?: { label: string; link: string } };
type Template<K extends keyof EventRegistrationTemplates> = (
	d: EventRegistrationTemplates[K],
	b: { networkName: string },
	m: MailText,
	lang: string
) => Rendered;

function dates(m: MailText, lang: string, sessions: Session[]): string {
	const lines = sessions.map((s) =>
		[
			m('mail.event.session', {
				day: formatDate(s.startsAt, 'dateFull', lang),
				from: formatDate(s.startsAt, 'time', lang),
				to: formatDate(s.endsAt, 'time', lang)
			}),
			...(s.place ? [m('mail.event.sessionPlace', { place: s.place })] : []),
			...(s.onlineUrl ? [m('mail.event.sessionOnline', { url: s.onlineUrl })] : [])
		].join('\n')
	);
	return m('mail.event.dates', { sessions: lines.join('\n') });
}

const contactLine = (m: MailText, contact: string) => (contact ? [m('mail.event.contact', { contact })] : []);
const personsLine = (m: MailText, persons: number) => (persons > 1 ? [m('mail.event.persons', { persons })] : []);
const linkAction = (m: MailText, link: string) => ({ label: m('mail.event.linkAction'), link });

export const eventRegistrationTemplates: { [K in keyof EventRegistrationTemplates]: Template<K> } = {
	registration_confirmed: (d, b, m, lang) => ({
		subject: m('mail.registrationConfirmed.subject', { eventTitle: d.eventTitle, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.registrationConfirmed.confirmed', { eventTitle: d.eventTitle }),
			...personsLine(m, d.persons),
			dates(m, lang, d.sessions),
			m('mail.event.calendarAttached'),
			m('mail.event.personalLink'),
			...contactLine(m, d.contact)
		],
		action: linkAction(m, d.link)
	}),
	registration_waiting: (d, b, m, lang) => ({
		subject: m('mail.registrationWaiting.subject', { eventTitle: d.eventTitle, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.registrationWaiting.waiting', { eventTitle: d.eventTitle, position: d.position }),
			m('mail.registrationWaiting.next'),
			dates(m, lang, d.sessions),
			m('mail.event.personalLink'),
			...contactLine(m, d.contact)
		],
		action: linkAction(m, d.link)
	}),
	seat_offered: (d, b, m, lang) => ({
		subject: m('mail.seatOffered.subject', { eventTitle: d.eventTitle, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.seatOffered.offered', { eventTitle: d.eventTitle, until: formatDate(d.until, 'dateTimeFull', lang) }),
			m('mail.seatOffered.next'),
			dates(m, lang, d.sessions),
			...contactLine(m, d.contact)
		],
		action: { label: m('mail.seatOffered.action'), link: d.link }
	}),
	seat_promoted: (d, b, m, lang) => ({
		subject: m('mail.seatPromoted.subject', { eventTitle: d.eventTitle, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.seatPromoted.promoted', { eventTitle: d.eventTitle }),
			...personsLine(m, d.persons),
			dates(m, lang, d.sessions),
			m('mail.event.calendarAttached'),
			m('mail.event.personalLink'),
			...contactLine(m, d.contact)
		],
		action: linkAction(m, d.link)
	}),
	registration_updated: (d, b, m, lang) => ({
		subject: m('mail.registrationUpdated.subject', { eventTitle: d.eventTitle, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.registrationUpdated.changed', { eventTitle: d.eventTitle }),
			dates(m, lang, d.sessions),
			...(d.calendar ? [m('mail.registrationUpdated.calendar')] : []),
			m('mail.event.personalLink'),
			...contactLine(m, d.contact)
		],
		action: linkAction(m, d.link)
	}),
	registration_cancelled: (d, b, m, lang) => ({
		subject: m('mail.registrationCancelled.subject', { eventTitle: d.eventTitle, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.registrationCancelled.cancelled', { eventTitle: d.eventTitle }),
			dates(m, lang, d.sessions),
			m('mail.registrationCancelled.calendar'),
			m('mail.registrationCancelled.again', { link: d.eventLink }),
			...contactLine(m, d.contact)
		],
		action: linkAction(m, d.link)
	})
};
