import type { MailText } from './mail-text';

// The notice of a new "Bitte um Kontakt" (issue 16, item 1). On purpose without any personal data
// of the parent and without the offer: only that there is a request and where to log in.
// Merged into `MailTemplates` in templates.ts.

export type ContactRequestTemplates = {
	contact_request_new: { link: string };
};

// Structural copies of templates.ts's types (importing them would be a cycle: templates.ts imports this file).
type Branding = { networkName: string; brandPrimary: string };
type Rendered = { subject: string; paragraphs: string[]; action?: { label: string; link: string } };
type Template<K extends keyof ContactRequestTemplates> = (
	d: ContactRequestTemplates[K],
	b: Branding,
	m: MailText
) => Rendered;

export const contactRequestTemplates: { [K in keyof ContactRequestTemplates]: Template<K> } = {
	contact_request_new: (d, b, m) => ({
		subject: m('mail.contactRequest.subject', { networkName: b.networkName }),
		paragraphs: [
			m('mail.greeting'),
			m('mail.contactRequest.new', { networkName: b.networkName }),
			m('mail.contactRequest.privacy')
		],
		action: { label: m('mail.contactRequest.action'), link: d.link }
	})
};
