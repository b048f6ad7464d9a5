import type { MailText } from './mail-text';

// Mails after an event registration (issue 14: reminder, certificate). Kept beside templates.ts,
// which merges them into its map; typed structurally so this file needs nothing from it.

type Rendered = { subject: string; paragraphs: string[]; action?: { label: string; link: string } };

export type EventFollowupMails = {
	event_reminder: { name: string; title: string; sessions: string[]; place: string; link: string };
	event_certificate: { name: string; title: string; link: string };
};

const greet = (m: MailText, name: string) => (name ? m('mail.greetingName', { name }) : m('mail.greeting'));

export const eventFollowupTemplates: {
	[K in keyof EventFollowupMails]: (d: EventFollowupMails[K], b: { networkName: string }, m: MailText) => Rendered;
} = {
	event_reminder: (d, b, m) => ({
		subject: m('mail.eventReminder.subject', { title: d.title, networkName: b.networkName }),
		paragraphs: [
			greet(m, d.name),
			m('mail.eventReminder.soon', { title: d.title }),
			...d.sessions.map((when) => m('mail.eventReminder.session', { when })),
			...(d.place ? [m('mail.place', { place: d.place })] : []),
			m('mail.eventReminder.calendar'),
			m('mail.eventReminder.cancel')
		],
		action: { label: m('mail.eventReminder.action'), link: d.link }
	}),
	event_certificate: (d, b, m) => ({
		subject: m('mail.eventCertificate.subject', { title: d.title, networkName: b.networkName }),
		paragraphs: [
			greet(m, d.name),
			m('mail.eventCertificate.thanks', { title: d.title }),
			m('mail.eventCertificate.feedback')
		],
		action: { label: m('mail.eventCertificate.action'), link: d.link }
	})
};
