/** German e-mail templates with the network's name and brand colour; every mail has a plain-text part. */

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
};
export type TemplateName = keyof MailTemplates;

type Rendered = { subject: string; paragraphs: string[]; action?: { label: string; link: string }; footer?: string };

const DEFAULT_BRANDING: MailBranding = { networkName: 'Netzwerk Frühe Hilfen', brandPrimary: '#1d5c8f' };

const templates: { [K in TemplateName]: (data: MailTemplates[K], b: MailBranding) => Rendered } = {
	password_reset: (d, b) => ({
		subject: `Passwort zurücksetzen – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.name},`,
			'für Ihr Konto wurde ein neues Passwort angefordert. Über den folgenden Link können Sie ein neues Passwort festlegen.',
			`Der Link ist ${d.validHours} Stunden gültig und kann nur einmal verwendet werden.`,
			'Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.'
		],
		action: { label: 'Neues Passwort festlegen', link: d.link }
	}),
	invitation: (d, b) => ({
		subject: `Einladung: ${d.roleLabel} – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.name},`,
			`Sie wurden als ${d.roleLabel} für „${b.networkName}“ eingeladen.`,
			'Über den folgenden Link legen Sie Ihr Passwort fest. Danach richten Sie die Anmeldung in zwei Schritten mit einer Authenticator-App ein.',
			`Der Link ist ${d.validHours} Stunden gültig und kann nur einmal verwendet werden.`
		],
		action: { label: 'Einladung annehmen', link: d.link }
	}),
	password_changed: (d, b) => ({
		subject: `Ihr Passwort wurde geändert – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.name},`,
			'das Passwort Ihres Kontos wurde soeben geändert. Alle bestehenden Anmeldungen wurden beendet.',
			'Wenn Sie das nicht waren, wenden Sie sich bitte sofort an die Netzwerkkoordination.'
		]
	}),
	offer_returned: (d, b) => ({
		subject: `Ihre Änderung braucht noch etwas: „${d.offerTitle}“ – ${b.networkName}`,
		paragraphs: [
			'Guten Tag,',
			`die Netzwerkkoordination (${d.reviewer}) hat Ihre Änderung am Angebot „${d.offerTitle}“ zurückgegeben. Bis zur Freigabe bleibt die bisherige Fassung im Wegweiser sichtbar.`,
			`Hinweis der Koordination:\n${d.comment}`,
			'Sie können die Änderung über den folgenden Link überarbeiten und erneut einreichen.'
		],
		action: { label: 'Änderung überarbeiten', link: d.link }
	}),
	offer_approved: (d, b) => ({
		subject: `Freigegeben: „${d.offerTitle}“ – ${b.networkName}`,
		paragraphs: [
			'Guten Tag,',
			`die Netzwerkkoordination hat Ihre Änderung am Angebot „${d.offerTitle}“ freigegeben. Sie ist jetzt im Wegweiser sichtbar.`
		],
		action: { label: 'Angebot ansehen', link: d.link }
	}),
	freshness_reminder: (d, b) => ({
		subject: `Sind Ihre Angaben noch aktuell? – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.organisationName},`,
			`Familien verlassen sich auf den Wegweiser. Bitte prüfen Sie bis zum ${d.dueDate}, ob diese Angebote noch stimmen:`,
			...d.offers.map(
				(o) =>
					`• ${o.title}\n  Alles noch aktuell – mit einem Klick bestätigen:\n  ${o.confirmLink}\n  Etwas hat sich geändert – Angebot bearbeiten:\n  ${o.editLink}`
			),
			`Die Bestätigungslinks sind ${d.validDays} Tage gültig und können je einmal verwendet werden. Ohne Bestätigung wird ein Angebot nach Ablauf der Frist im Wegweiser ausgeblendet.`
		]
	}),
	circular: (d, b) => ({
		subject: `${d.subject} – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.name},`,
			d.body,
			...(d.optOutLink
				? [`Sie möchten keine Rundschreiben dieser Art mehr erhalten? Abbestellen: ${d.optOutLink}`]
				: [])
		]
	}),
	meeting_reminder: (d, b) => ({
		subject: `Erinnerung: ${d.bodyName} – ${d.title}, ${d.when} – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.name},`,
			`zur Erinnerung: Die Sitzung „${d.title}“ (${d.bodyName}) ist am ${d.when}.`,
			...(d.place ? [`Ort: ${d.place}`] : []),
			...(d.onlineUrl ? [`Online: ${d.onlineUrl}`] : []),
			d.answered
				? 'Sie haben zugesagt – falls sich etwas ändert, geben Sie bitte Bescheid.'
				: 'Bitte sagen Sie noch zu oder ab.'
		],
		action: { label: 'Zu- oder absagen', link: d.rsvpLink }
	}),
	meeting_invitation: (d, b) => ({
		subject: `${d.kind === 'cancel' ? 'Abgesagt' : d.kind === 'update' ? 'Geändert' : 'Einladung'}: ${d.bodyName} – ${d.title}, ${d.when} – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.name},`,
			d.kind === 'cancel'
				? `die Sitzung „${d.title}“ (${d.bodyName}) am ${d.when} findet nicht statt.`
				: d.kind === 'update'
					? `die Sitzung „${d.title}“ (${d.bodyName}) hat sich geändert. Neuer Stand: ${d.when}.`
					: `herzliche Einladung zur Sitzung „${d.title}“ (${d.bodyName}) am ${d.when}.`,
			...(d.kind !== 'cancel' && d.place ? [`Ort: ${d.place}`] : []),
			...(d.kind !== 'cancel' && d.onlineUrl ? [`Online: ${d.onlineUrl}`] : []),
			...(d.kind !== 'cancel' && d.agenda ? [`Tagesordnung:\n${d.agenda}`] : []),
			d.kind === 'cancel'
				? 'Der Termin im Anhang entfernt die Sitzung aus Ihrem Kalender.'
				: 'Der Termin hängt als Kalenderdatei (.ics) an. Bitte sagen Sie über Ihren persönlichen Link zu oder ab – ohne Anmeldung.'
		],
		action: d.kind === 'cancel' ? undefined : { label: 'Zu- oder absagen', link: d.rsvpLink }
	}),
	role_granted: (d, b) => ({
		subject: `Neuer Zugang: ${d.roleLabel} – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.name},`,
			`Sie haben jetzt im internen Bereich von ${b.networkName} auch die Rolle „${d.roleLabel}“. Melden Sie sich wie gewohnt mit Ihrem Passwort an.`
		],
		action: { label: 'Anmelden', link: d.link }
	}),
	agreement_request: (d, b) => {
		const [y, m, day] = d.adoptedOn.split('-');
		return {
			subject: `${d.kind === 'reminder' ? 'Erinnerung: ' : ''}Bitte unterzeichnen: ${d.title} (Fassung ${d.versionNumber}) – ${b.networkName}`,
			paragraphs: [
				d.name ? `Guten Tag ${d.name},` : 'Guten Tag,',
				d.kind === 'reminder'
					? `für ${d.organisationName} steht die Unterschrift unter „${d.title}“ (Fassung ${d.versionNumber}, beschlossen am ${day}.${m}.${y}) noch aus.`
					: `das Netzwerk hat „${d.title}“ in der Fassung ${d.versionNumber} am ${day}.${m}.${y} beschlossen. Wir bitten ${d.organisationName} um die Unterschrift.`,
				...(d.previousSigned
					? [
							'Ihre Organisation hat die vorige Fassung unterzeichnet; für die neue Fassung brauchen wir die Unterschrift noch einmal.'
						]
					: []),
				'Über Ihren persönlichen Link lesen Sie den Wortlaut und unterzeichnen oder lehnen ab – ohne Anmeldung. Bitte leiten Sie den Link nur an Personen weiter, die für Ihre Organisation unterzeichnen dürfen.'
			],
			action: { label: 'Vereinbarung lesen und unterzeichnen', link: d.link }
		};
	},
	task_reminder: (d, b) => ({
		subject: `Aufgaben bald fällig: ${d.bodyName} – ${b.networkName}`,
		paragraphs: [
			d.name ? `Guten Tag ${d.name},` : 'Guten Tag,',
			`aus den Sitzungen von „${d.bodyName}“ sind diese Aufgaben bei Ihnen bald fällig:`,
			...d.tasks.map(
				(t) => `• ${t.title} – fällig am ${t.dueDate.split('-').reverse().join('.')} (aus: ${t.meetingTitle})`
			),
			'Wenn eine Aufgabe erledigt ist, geben Sie bitte der Netzwerkkoordination Bescheid.'
		]
	}),
	freshness_hidden: (d, b) => ({
		subject: `Angebote ausgeblendet – bitte prüfen – ${b.networkName}`,
		paragraphs: [
			`Guten Tag ${d.organisationName},`,
			'diese Angebote wurden lange nicht bestätigt und sind deshalb im Wegweiser nicht mehr sichtbar:',
			...d.offers.map((o) => `• ${o.title}\n  ${o.editLink}`),
			'Sobald Sie ein Angebot prüfen und speichern oder bestätigen, ist es wieder sichtbar.'
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

export function renderMail<K extends TemplateName>(
	template: K,
	data: MailTemplates[K],
	branding: MailBranding = DEFAULT_BRANDING
) {
	const r = templates[template](data, branding);
	const text = [
		...r.paragraphs,
		...(r.action ? [`${r.action.label}:\n${r.action.link}`] : []),
		`-- \n${branding.networkName}\nDiese E-Mail wurde automatisch versendet.`
	].join('\n\n');
	const colour = /^#[0-9a-f]{6}$/i.test(branding.brandPrimary) ? branding.brandPrimary : DEFAULT_BRANDING.brandPrimary;
	const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(r.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;margin:0;padding:0">
<div style="background:${colour};color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold">${escapeHtml(branding.networkName)}</div>
<div style="padding:24px;max-width:40em">
${r.paragraphs.map((p) => `<p style="white-space:pre-line">${linkify(escapeHtml(p))}</p>`).join('\n')}
${r.action ? `<p><a href="${escapeHtml(r.action.link)}" style="display:inline-block;background:${colour};color:#ffffff;padding:12px 20px;text-decoration:none;font-weight:bold">${escapeHtml(r.action.label)}</a></p><p style="font-size:14px">Falls der Knopf nicht funktioniert: ${escapeHtml(r.action.link)}</p>` : ''}
<hr style="border:0;border-top:1px solid #cccccc"><p style="font-size:14px;color:#555555">${escapeHtml(branding.networkName)} · Diese E-Mail wurde automatisch versendet.</p>
</div></body></html>`;
	return { subject: r.subject, text, html };
}
