/**
 * German texts of what follows an event (issue 14, items 6–10): check-in, certificates, feedback
 * results, reminders, retention. The certificate is a German document.
 */
export const internalEventFollowupDe = {
	'certificate.title': 'Teilnahmebescheinigung',
	'certificate.confirms': 'Hiermit wird bestätigt, dass',
	'certificate.attended': 'an der folgenden Veranstaltung teilgenommen hat:',
	'certificate.kind.fachtagung': 'Fachtagung',
	'certificate.kind.fortbildung': 'Fortbildung',
	'certificate.kind.infoabend': 'Infoabend',
	'certificate.kind.kurs': 'Kurs',
	'certificate.kind.familienveranstaltung': 'Veranstaltung',
	'certificate.dates': 'Termine',
	'certificate.place': 'Ort',
	'certificate.organiser': 'Veranstalter',
	'certificate.hours.ue': 'Umfang: {hours} Unterrichtseinheiten',
	'certificate.hours.stunden': 'Umfang: {hours} Stunden',
	'certificate.sessionsAttended': 'Teilgenommen an {attended} von {total} Terminen',
	'certificate.issuedOn': 'Ausgestellt am {date}',
	'certificate.signatureLine': 'Unterschrift',
	'certificate.verify': 'Prüfcode {code} – die Echtheit lässt sich prüfen unter {link}',
	'certificate.online': 'online',
	'certificate.fileName': 'Teilnahmebescheinigung',
	'certificate.allFileName': 'Teilnahmebescheinigungen',
	'events.error.certificateCancelled': 'Für eine abgesagte Veranstaltung gibt es keine Teilnahmebescheinigungen.',
	'events.error.certificateTooEarly':
		'Bescheinigungen gibt es erst, wenn der erste Termin vorbei ist. Bitte vorher die Anwesenheit eintragen.',
	'events.feedback.rating': 'Gesamteindruck (1–5)',
	'events.feedback.helped': 'Was hat geholfen?',
	'events.feedback.missing': 'Was hat gefehlt?',
	'events.feedback.comment': 'Sonstige Anmerkungen',
	'events.feedback.sheet': 'Rückmeldungen',
	'events.feedback.chartLabel':
		'Gesamteindruck: {count, plural, one {# Rückmeldung} other {# Rückmeldungen}}, Durchschnitt {average} von 5'
} as const;
