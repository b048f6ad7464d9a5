/** Mail texts of what follows an event registration (issue 14): reminder, certificate, feedback. */
export const mailEventFollowupDe = {
	'mail.eventReminder.subject': 'Erinnerung: {title} – {networkName}',
	'mail.eventReminder.soon': 'wir erinnern Sie an die Veranstaltung „{title}“, für die Sie angemeldet sind:',
	'mail.eventReminder.session': '• {when}',
	'mail.eventReminder.calendar': 'Die Termine hängen als Kalenderdatei an.',
	'mail.eventReminder.cancel':
		'Falls Sie nicht kommen können, sagen Sie bitte über Ihren Link ab – so bekommt jemand von der Warteliste den Platz.',
	'mail.eventReminder.action': 'Meine Anmeldung',
	'mail.eventCertificate.subject': 'Ihre Teilnahmebescheinigung: {title} – {networkName}',
	'mail.eventCertificate.thanks':
		'vielen Dank für Ihre Teilnahme an „{title}“. Ihre Teilnahmebescheinigung hängt als PDF an.',
	'mail.eventCertificate.feedback':
		'Wir freuen uns über Ihre Rückmeldung (anonym, 2 Minuten) über Ihren persönlichen Link.',
	'mail.eventCertificate.action': 'Rückmeldung geben'
} as const;
