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
		'Gesamteindruck: {count, plural, one {# Rückmeldung} other {# Rückmeldungen}}, Durchschnitt {average} von 5',
	'events.error.signatureTooLarge': 'Das Bild der Unterschrift ist zu groß (höchstens 500 KB).',
	'events.error.signatureType': 'Bitte ein PNG- oder JPEG-Bild der Unterschrift hochladen.',
	'events.error.noCertificates': 'Es sind noch keine Bescheinigungen ausgestellt.',
	'intern.followup.title': 'Nachbereitung',
	'intern.followup.link': 'Nachbereitung: Anwesenheit, Bescheinigungen, Rückmeldungen',
	'intern.followup.back': 'Zurück zur Veranstaltung',
	'intern.followup.attendanceTitle': 'Anwesenheit',
	'intern.followup.attendanceIntro':
		'Am Eingang auf dem Handy abhaken – oder nachher von der unterschriebenen Liste übertragen.',
	'intern.followup.checkInLink': 'Anwesenheitsliste {position}. Termin: {when}',
	'intern.followup.certificatesTitle': 'Teilnahmebescheinigungen',
	'intern.followup.counts':
		'{registered} angemeldet · {attended} anwesend · {issued} Bescheinigungen ausgestellt · {sent} versendet',
	'intern.followup.signer': 'Unterzeichnet von (Name, Funktion)',
	'intern.followup.signature': 'Unterschrift als Bild (PNG oder JPEG, höchstens 500 KB)',
	'intern.followup.signatureStored': 'Eine Unterschrift ist gespeichert und erscheint auf jeder Bescheinigung.',
	'intern.followup.removeSignature': 'Gespeicherte Unterschrift entfernen',
	'intern.followup.saveSigner': 'Unterzeichnung speichern',
	'intern.followup.signerSaved': 'Die Unterzeichnung ist gespeichert.',
	'intern.followup.send': 'Bescheinigungen ausstellen und an alle Anwesenden senden',
	'intern.followup.sendHint':
		'Jede anwesende Person bekommt ihre Bescheinigung als PDF per E-Mail, mit ihrem Link zur Rückmeldung. Wer schon eine hat, bekommt keine zweite.',
	'intern.followup.sent': '{issued} Bescheinigungen ausgestellt, {sent} versendet.',
	'intern.followup.downloadAll': 'Alle Bescheinigungen als ein PDF',
	'intern.followup.noHours':
		'Ohne Umfang: Für diese Veranstaltung sind keine Unterrichtseinheiten oder Stunden eingetragen.',
	'intern.followup.tooEarly': 'Bescheinigungen und Rückmeldungen sind möglich, sobald der erste Termin vorbei ist.',
	'intern.followup.cancelled': 'Die Veranstaltung wurde abgesagt.',
	'intern.followup.deleted':
		'Die persönlichen Daten dieser Veranstaltung sind nach Ablauf der Löschfrist gelöscht; die Zahlen bleiben.',
	'intern.followup.feedbackTitle': 'Rückmeldungen',
	'intern.followup.feedbackHidden':
		'{count, plural, =0 {Noch keine Rückmeldungen.} one {Bisher # Rückmeldung.} other {Bisher # Rückmeldungen.}} Ergebnisse erscheinen ab 3 Rückmeldungen, damit niemand erkannt werden kann.',
	'intern.followup.tableCaption': 'Gesamteindruck: Anzahl der Rückmeldungen je Bewertung',
	'intern.followup.ratingColumn': 'Bewertung',
	'intern.followup.countColumn': 'Anzahl',
	'intern.followup.average': 'Durchschnitt {average} von 5 aus {count} Rückmeldungen',
	'intern.followup.answersTitle': 'Antworten (nach Bewertung sortiert)',
	'intern.followup.downloadFeedback': 'Rückmeldungen als XLSX',
	'intern.checkin.title': 'Anwesenheit: {title}',
	'intern.checkin.session': '{position}. von {total} Terminen: {when}',
	'intern.checkin.intro':
		'Haken bei allen, die da sind, dann speichern. Wer keinen Haken hat, gilt als nicht erschienen.',
	'intern.checkin.save': 'Anwesenheit speichern',
	'intern.checkin.saved': '{present} anwesend, {absent} nicht erschienen – gespeichert.',
	'intern.checkin.empty': 'Für diese Veranstaltung ist noch niemand angemeldet.',
	'intern.checkin.persons': '{count} Personen',
	'intern.checkin.back': 'Zur Nachbereitung'
} as const;
