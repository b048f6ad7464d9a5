import type { MailText } from './mail-text';

// The mails the coordination (or the organising provider) sends about an event (issue 14, item 2):
// a cancellation with the calendar's CANCEL, a message to the participants, a seat from the
// waiting list, and the review of a provider's event. Merged into `MailTemplates` in templates.ts.

export type EventOrganiserTemplates = {
	event_cancelled: { name: string; title: string; when: string };
	event_message: { name: string; title: string; subject: string; body: string };
	event_returned: { title: string; comment: string; reviewer: string; link: string };
	event_approved: { title: string; link: string };
};

// Structural copies of templates.ts's types (importing them would be a cycle: templates.ts imports this file).
type Branding = { networkName: string; brandPrimary: string };
type Rendered = { subject: string; paragraphs: string[]; action?: { label: string; link: string } };
type Template<K extends keyof EventOrganiserTemplates> = (
	d: EventOrganiserTemplates[K],
	b: Branding,
	m: MailText
) => Rendered;

const greet = (m: MailText, name: string) => (name ? m('mail.greetingName', { name }) : m('mail.greeting'));

export const eventOrganiserTemplates: { [K in keyof EventOrganiserTemplates]: Template<K> } = {
	event_cancelled: (d, b, m) => ({
		subject: m('mail.eventCancelled.subject', { title: d.title, networkName: b.networkName }),
		paragraphs: [
			greet(m, d.name),
			m('mail.eventCancelled.cancelled', { title: d.title }),
			d.when,
			m('mail.eventCancelled.calendar'),
			m('mail.eventCancelled.sorry')
		]
	}),
	event_message: (d, b, m) => ({
		subject: m('mail.eventMessage.subject', { subject: d.subject, title: d.title, networkName: b.networkName }),
		paragraphs: [greet(m, d.name), d.body, m('mail.eventMessage.about', { title: d.title, networkName: b.networkName })]
	}),
	event_returned: (d, b, m) => ({
		subject: m('mail.eventReturned.subject', { title: d.title, networkName: b.networkName }),
		paragraphs: [
			m('mail.greeting'),
			m('mail.eventReturned.returned', { reviewer: d.reviewer, title: d.title }),
			m('mail.eventReturned.comment', { comment: d.comment }),
			m('mail.eventReturned.next')
		],
		action: { label: m('mail.eventReturned.action'), link: d.link }
	}),
	event_approved: (d, b, m) => ({
		subject: m('mail.eventApproved.subject', { title: d.title, networkName: b.networkName }),
		paragraphs: [m('mail.greeting'), m('mail.eventApproved.approved', { title: d.title })],
		action: { label: m('mail.eventApproved.action'), link: d.link }
	})
};
