import { t } from '$lib/i18n';
import type { LocaleCode } from '$lib/i18n/locales';
import { formatDate } from '$lib/server/domains/shared/time';
import { eventFollowupTemplates, type EventFollowupMails } from './event-followup-templates';
import { mailLanguage, mailText, type MailText } from './mail-text';
import { eventOrganiserTemplates, type EventOrganiserTemplates } from './event-organiser-templates';
import { eventRegistrationTemplates, type EventRegistrationTemplates } from './event-registration-templates';
import { contactRequestTemplates, type ContactRequestTemplates } from './contact-request-templates';

/** E-mail templates with the network's name and brand colour (texts from the mail catalog); every mail has a plain-text part. */

export type MailBranding = { networkName: string; brandPrimary: string };

export type MailTemplates = {
	password_reset: { name: string; link: string; validHours: number };
	invitation: { name: string; link: string; roleLabel: string; validHours: number };
	password_changed: { name: string };
	role_granted: { name: string; roleLabel: string; link: string };
	offer_returned: { offerTitle: string; comment: string; reviewer: string; link: string };
	offer_approved: { offerTitle: string; link: string };
	freshness_reminder: {
		organisationName: string;
		offers: { title: string; confirmLink: string; editLink: string }[];
		dueDate: string;
		validDays: number;
	};
	freshness_hidden: { organisationName: string; offers: { title: string; editLink: string }[] };
	circular: { name: string; subject: string; body: string; optOutLink: string };
	meeting_reminder: {
		name: string;
		bodyName: string;
		title: string;
		when: string;
		place: string;
		onlineUrl: string;
		rsvpLink: string;
		answered: boolean;
	};
	agreement_request: {
		kind: 'request' | 'reminder';
		name: string;
		organisationName: string;
		title: string;
		versionNumber: number;
		adoptedOn: string;
		link: string;
		previousSigned: boolean;
	};
	task_reminder: { name: string; bodyName: string; tasks: { title: string; dueDate: string; meetingTitle: string }[] };
	meeting_invitation: {
		kind: 'invitation' | 'update' | 'cancel';
		name: string;
		bodyName: string;
		title: string;
		when: string;
		place: string;
		onlineUrl: string;
		agenda: string;
		rsvpLink: string;
	};
} & EventFollowupMails &
	EventOrganiserTemplates &
	EventRegistrationTemplates &
	ContactRequestTemplates;
export type TemplateName = keyof MailTemplates;

type Rendered = { subject: string; paragraphs: string[]; action?: { label: string; link: string }; footer?: string };

const DEFAULT_BRANDING: MailBranding = { networkName: t('app.name'), brandPrimary: '#1d5c8f' };

const greet = (m: MailText, name: string) => (name ? m('mail.greetingName', { name }) : m('mail.greeting'));

type Template<K extends TemplateName> = (d: MailTemplates[K], b: MailBranding, m: MailText, lang: string) => Rendered;

const templates: { [K in TemplateName]: Template<K> } = {
	...eventFollowupTemplates,
	...eventOrganiserTemplates,
	...eventRegistrationTemplates,
	...contactRequestTemplates,
	password_reset: (d, b, m) => ({
		subject: m('mail.passwordReset.subject', { networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.passwordReset.requested'),
			m('mail.linkValidOnce', { validHours: d.validHours }),
			m('mail.passwordReset.ignore')
		],
		action: { label: m('mail.passwordReset.action'), link: d.link }
	}),
	invitation: (d, b, m) => ({
		subject: m('mail.invitation.subject', { roleLabel: d.roleLabel, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.invitation.invited', { roleLabel: d.roleLabel, networkName: b.networkName }),
			m('mail.invitation.next'),
			m('mail.linkValidOnce', { validHours: d.validHours })
		],
		action: { label: m('mail.invitation.action'), link: d.link }
	}),
	password_changed: (d, b, m) => ({
		subject: m('mail.passwordChanged.subject', { networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.passwordChanged.changed'),
			m('mail.passwordChanged.notYou')
		]
	}),
	offer_returned: (d, b, m) => ({
		subject: m('mail.offerReturned.subject', { offerTitle: d.offerTitle, networkName: b.networkName }),
		paragraphs: [
			m('mail.greeting'),
			m('mail.offerReturned.returned', { reviewer: d.reviewer, offerTitle: d.offerTitle }),
			m('mail.offerReturned.comment', { comment: d.comment }),
			m('mail.offerReturned.next')
		],
		action: { label: m('mail.offerReturned.action'), link: d.link }
	}),
	offer_approved: (d, b, m) => ({
		subject: m('mail.offerApproved.subject', { offerTitle: d.offerTitle, networkName: b.networkName }),
		paragraphs: [m('mail.greeting'), m('mail.offerApproved.approved', { offerTitle: d.offerTitle })],
		action: { label: m('mail.offerApproved.action'), link: d.link }
	}),
	freshness_reminder: (d, b, m) => ({
		subject: m('mail.freshnessReminder.subject', { networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.organisationName }),
			m('mail.freshnessReminder.intro', { dueDate: d.dueDate }),
			...d.offers.map((o) => m('mail.freshnessReminder.offer', o)),
			m('mail.freshnessReminder.validity', { validDays: d.validDays })
		]
	}),
	circular: (d, b, m) => ({
		subject: m('mail.circular.subject', { subject: d.subject, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			d.body,
			...(d.optOutLink ? [m('mail.circular.optOut', { link: d.optOutLink })] : [])
		]
	}),
	meeting_reminder: (d, b, m) => ({
		subject: m('mail.meetingReminder.subject', {
			bodyName: d.bodyName,
			title: d.title,
			when: d.when,
			networkName: b.networkName
		}),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.meetingReminder.reminder', { title: d.title, bodyName: d.bodyName, when: d.when }),
			...(d.place ? [m('mail.place', { place: d.place })] : []),
			...(d.onlineUrl ? [m('mail.online', { url: d.onlineUrl })] : []),
			d.answered ? m('mail.meetingReminder.answered') : m('mail.meetingReminder.unanswered')
		],
		action: { label: m('mail.rsvpAction'), link: d.rsvpLink }
	}),
	meeting_invitation: (d, b, m) => {
		const meeting = { title: d.title, bodyName: d.bodyName, when: d.when };
		const held = d.kind !== 'cancel';
		return {
			subject: m('mail.meetingInvitation.subject', { kind: d.kind, ...meeting, networkName: b.networkName }),
			paragraphs: [
				m('mail.greetingName', { name: d.name }),
				d.kind === 'cancel'
					? m('mail.meetingInvitation.cancelled', meeting)
					: d.kind === 'update'
						? m('mail.meetingInvitation.updated', meeting)
						: m('mail.meetingInvitation.invited', meeting),
				...(held && d.place ? [m('mail.place', { place: d.place })] : []),
				...(held && d.onlineUrl ? [m('mail.online', { url: d.onlineUrl })] : []),
				...(held && d.agenda ? [m('mail.meetingInvitation.agenda', { agenda: d.agenda })] : []),
				held ? m('mail.meetingInvitation.calendarAttached') : m('mail.meetingInvitation.calendarRemoved')
			],
			action: held ? { label: m('mail.rsvpAction'), link: d.rsvpLink } : undefined
		};
	},
	role_granted: (d, b, m) => ({
		subject: m('mail.roleGranted.subject', { roleLabel: d.roleLabel, networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.name }),
			m('mail.roleGranted.granted', { networkName: b.networkName, roleLabel: d.roleLabel })
		],
		action: { label: m('mail.roleGranted.action'), link: d.link }
	}),
	agreement_request: (d, b, m, lang) => {
		const version = {
			title: d.title,
			versionNumber: d.versionNumber,
			adoptedOn: formatDate(d.adoptedOn, 'date', lang),
			organisationName: d.organisationName
		};
		return {
			subject: m('mail.agreementRequest.subject', {
				kind: d.kind,
				title: d.title,
				versionNumber: d.versionNumber,
				networkName: b.networkName
			}),
			paragraphs: [
				greet(m, d.name),
				d.kind === 'reminder'
					? m('mail.agreementRequest.reminder', version)
					: m('mail.agreementRequest.request', version),
				...(d.previousSigned ? [m('mail.agreementRequest.previousSigned')] : []),
				m('mail.agreementRequest.personalLink')
			],
			action: { label: m('mail.agreementRequest.action'), link: d.link }
		};
	},
	task_reminder: (d, b, m, lang) => ({
		subject: m('mail.taskReminder.subject', { bodyName: d.bodyName, networkName: b.networkName }),
		paragraphs: [
			greet(m, d.name),
			m('mail.taskReminder.intro', { bodyName: d.bodyName }),
			...d.tasks.map((t) =>
				m('mail.taskReminder.task', {
					title: t.title,
					dueDate: formatDate(t.dueDate, 'date', lang),
					meetingTitle: t.meetingTitle
				})
			),
			m('mail.taskReminder.next')
		]
	}),
	freshness_hidden: (d, b, m) => ({
		subject: m('mail.freshnessHidden.subject', { networkName: b.networkName }),
		paragraphs: [
			m('mail.greetingName', { name: d.organisationName }),
			m('mail.freshnessHidden.hidden'),
			...d.offers.map((o) => m('mail.freshnessHidden.offer', o)),
			m('mail.freshnessHidden.next')
		]
	})
};

function escapeHtml(value: string): string {
	return value.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/** Links in a paragraph become clickable in the HTML part (the text is escaped before). */
function linkify(escaped: string): string {
	return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * Renders a mail in the recipient's language (German unless given; texts missing in that
 * language come from the German catalog), with the network's name and colour, as HTML and text.
 */
export function renderMail<K extends TemplateName>(
	template: K,
	data: MailTemplates[K],
	branding: MailBranding = DEFAULT_BRANDING,
	locale: LocaleCode = 'de'
) {
	// One language per mail: if the recipient's language lacks a text of this mail, all of it is German.
	let complete = true;
	let m = mailText(locale, () => (complete = false));
	let lang = mailLanguage(locale);
	let r = templates[template](data, branding, m, lang);
	if (!complete) {
		m = mailText('de');
		lang = 'de';
		r = templates[template](data, branding, m, lang);
	}
	const text = [
		...r.paragraphs,
		...(r.action ? [`${r.action.label}:\n${r.action.link}`] : []),
		`-- \n${branding.networkName}\n${m('mail.footer')}`
	].join('\n\n');
	const colour = /^#[0-9a-f]{6}$/i.test(branding.brandPrimary) ? branding.brandPrimary : DEFAULT_BRANDING.brandPrimary;
	const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(r.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;margin:0;padding:0">
<div style="background:${colour};color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold">${escapeHtml(branding.networkName)}</div>
<div style="padding:24px;max-width:40em">
${r.paragraphs.map((p) => `<p style="white-space:pre-line">${linkify(escapeHtml(p))}</p>`).join('\n')}
${r.action ? `<p><a href="${escapeHtml(r.action.link)}" style="display:inline-block;background:${colour};color:#ffffff;padding:12px 20px;text-decoration:none;font-weight:bold">${escapeHtml(r.action.label)}</a></p><p style="font-size:14px">${escapeHtml(m('mail.buttonFallback', { link: r.action.link }))}</p>` : ''}
<hr style="border:0;border-top:1px solid #cccccc"><p style="font-size:14px;color:#555555">${escapeHtml(branding.networkName)} · ${escapeHtml(m('mail.footer'))}</p>
</div></body></html>`;
	return { subject: r.subject, text, html };
}
