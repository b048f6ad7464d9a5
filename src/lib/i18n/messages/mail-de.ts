import { mailEventFollowupDe } from './mail-event-followup-de';

/**
 * E-mail texts in German (ICU messages): the source every mail language is typed against.
 * `{networkName}` is the sending network's name; a list item is one message per entry.
 */
export const mailDe = {
	...mailEventFollowupDe,
	'mail.greeting': 'Guten Tag,',
	'mail.greetingName': 'Guten Tag {name},',
	'mail.footer': 'Diese E-Mail wurde automatisch versendet.',
	'mail.buttonFallback': 'Falls der Knopf nicht funktioniert: {link}',
	'mail.place': 'Ort: {place}',
	'mail.online': 'Online: {url}',
	'mail.rsvpAction': 'Zu- oder absagen',

	'mail.contactRequest.subject': 'Neue Bitte um Kontakt – {networkName}',
	'mail.contactRequest.new': 'über das Portal von {networkName} hat jemand um Kontakt zu einem Ihrer Angebote gebeten.',
	'mail.contactRequest.privacy':
		'Aus Datenschutzgründen steht in dieser E-Mail nichts über die Person oder ihr Anliegen. Bitte melden Sie sich an: Dort sehen Sie die Anfrage und können sie als erledigt markieren.',
	'mail.contactRequest.action': 'Kontaktanfragen ansehen',

	'mail.passwordReset.subject': 'Passwort zurücksetzen – {networkName}',
	'mail.passwordReset.requested':
		'für Ihr Konto wurde ein neues Passwort angefordert. Über den folgenden Link können Sie ein neues Passwort festlegen.',
	'mail.linkValidOnce': 'Der Link ist {validHours} Stunden gültig und kann nur einmal verwendet werden.',
	'mail.passwordReset.ignore':
		'Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.',
	'mail.passwordReset.action': 'Neues Passwort festlegen',

	'mail.invitation.subject': 'Einladung: {roleLabel} – {networkName}',
	'mail.invitation.invited': 'Sie wurden als {roleLabel} für „{networkName}“ eingeladen.',
	'mail.invitation.next':
		'Über den folgenden Link legen Sie Ihr Passwort fest. Danach richten Sie die Anmeldung in zwei Schritten mit einer Authenticator-App ein.',
	'mail.invitation.action': 'Einladung annehmen',

	'mail.passwordChanged.subject': 'Ihr Passwort wurde geändert – {networkName}',
	'mail.passwordChanged.changed':
		'das Passwort Ihres Kontos wurde soeben geändert. Alle bestehenden Anmeldungen wurden beendet.',
	'mail.passwordChanged.notYou': 'Wenn Sie das nicht waren, wenden Sie sich bitte sofort an die Netzwerkkoordination.',

	'mail.offerReturned.subject': 'Ihre Änderung braucht noch etwas: „{offerTitle}“ – {networkName}',
	'mail.offerReturned.returned':
		'die Netzwerkkoordination ({reviewer}) hat Ihre Änderung am Angebot „{offerTitle}“ zurückgegeben. Bis zur Freigabe bleibt die bisherige Fassung im Wegweiser sichtbar.',
	'mail.offerReturned.comment': 'Hinweis der Koordination:\n{comment}',
	'mail.offerReturned.next': 'Sie können die Änderung über den folgenden Link überarbeiten und erneut einreichen.',
	'mail.offerReturned.action': 'Änderung überarbeiten',

	'mail.offerApproved.subject': 'Freigegeben: „{offerTitle}“ – {networkName}',
	'mail.offerApproved.approved':
		'die Netzwerkkoordination hat Ihre Änderung am Angebot „{offerTitle}“ freigegeben. Sie ist jetzt im Wegweiser sichtbar.',
	'mail.offerApproved.action': 'Angebot ansehen',

	'mail.freshnessReminder.subject': 'Sind Ihre Angaben noch aktuell? – {networkName}',
	'mail.freshnessReminder.intro':
		'Familien verlassen sich auf den Wegweiser. Bitte prüfen Sie bis zum {dueDate}, ob diese Angebote noch stimmen:',
	'mail.freshnessReminder.offer':
		'• {title}\n  Alles noch aktuell – mit einem Klick bestätigen:\n  {confirmLink}\n  Etwas hat sich geändert – Angebot bearbeiten:\n  {editLink}',
	'mail.freshnessReminder.validity':
		'Die Bestätigungslinks sind {validDays} Tage gültig und können je einmal verwendet werden. Ohne Bestätigung wird ein Angebot nach Ablauf der Frist im Wegweiser ausgeblendet.',

	'mail.freshnessHidden.subject': 'Angebote ausgeblendet – bitte prüfen – {networkName}',
	'mail.freshnessHidden.hidden':
		'diese Angebote wurden lange nicht bestätigt und sind deshalb im Wegweiser nicht mehr sichtbar:',
	'mail.freshnessHidden.offer': '• {title}\n  {editLink}',
	'mail.freshnessHidden.next': 'Sobald Sie ein Angebot prüfen und speichern oder bestätigen, ist es wieder sichtbar.',

	'mail.circular.subject': '{subject} – {networkName}',
	'mail.circular.optOut': 'Sie möchten keine Rundschreiben dieser Art mehr erhalten? Abbestellen: {link}',

	'mail.meetingReminder.subject': 'Erinnerung: {bodyName} – {title}, {when} – {networkName}',
	'mail.meetingReminder.reminder': 'zur Erinnerung: Die Sitzung „{title}“ ({bodyName}) ist am {when}.',
	'mail.meetingReminder.answered': 'Sie haben zugesagt – falls sich etwas ändert, geben Sie bitte Bescheid.',
	'mail.meetingReminder.unanswered': 'Bitte sagen Sie noch zu oder ab.',

	'mail.meetingInvitation.subject':
		'{kind, select, cancel {Abgesagt} update {Geändert} other {Einladung}}: {bodyName} – {title}, {when} – {networkName}',
	'mail.meetingInvitation.cancelled': 'die Sitzung „{title}“ ({bodyName}) am {when} findet nicht statt.',
	'mail.meetingInvitation.updated': 'die Sitzung „{title}“ ({bodyName}) hat sich geändert. Neuer Stand: {when}.',
	'mail.meetingInvitation.invited': 'herzliche Einladung zur Sitzung „{title}“ ({bodyName}) am {when}.',
	'mail.meetingInvitation.agenda': 'Tagesordnung:\n{agenda}',
	'mail.meetingInvitation.calendarRemoved': 'Der Termin im Anhang entfernt die Sitzung aus Ihrem Kalender.',
	'mail.meetingInvitation.calendarAttached':
		'Der Termin hängt als Kalenderdatei (.ics) an. Bitte sagen Sie über Ihren persönlichen Link zu oder ab – ohne Anmeldung.',

	// Events: mails of the organiser (event-organiser-templates.ts) – cancellation, message, promotion, review.
	'mail.eventCancelled.subject': 'Abgesagt: {title} – {networkName}',
	'mail.eventCancelled.cancelled': 'leider müssen wir die Veranstaltung „{title}“ absagen. Sie findet nicht statt:',
	'mail.eventCancelled.calendar': 'Die Kalenderdatei im Anhang entfernt die Termine aus Ihrem Kalender.',
	'mail.eventCancelled.sorry':
		'Wir bedauern die Absage. Ihre Anmeldung ist damit erledigt; Sie müssen nichts weiter tun.',
	'mail.eventMessage.subject': '{subject} – {title} – {networkName}',
	'mail.eventMessage.about':
		'Sie erhalten diese Nachricht, weil Sie sich zu „{title}“ ({networkName}) angemeldet haben.',
	'mail.eventReturned.subject': 'Veranstaltung zurückgegeben: {title} – {networkName}',
	'mail.eventReturned.returned':
		'{reviewer} hat Ihre Veranstaltung „{title}“ geprüft und mit einer Bitte um Änderung zurückgegeben.',
	'mail.eventReturned.comment': 'Hinweis der Netzwerkkoordination: {comment}',
	'mail.eventReturned.next': 'Bitte passen Sie die Veranstaltung an und speichern Sie sie erneut zur Prüfung.',
	'mail.eventReturned.action': 'Veranstaltung bearbeiten',
	'mail.eventApproved.subject': 'Veranstaltung veröffentlicht: {title} – {networkName}',
	'mail.eventApproved.approved': 'Ihre Veranstaltung „{title}“ wurde geprüft und ist jetzt veröffentlicht.',
	'mail.eventApproved.action': 'Veranstaltung ansehen',
	// End of the events organiser block.

	'mail.roleGranted.subject': 'Neuer Zugang: {roleLabel} – {networkName}',
	'mail.roleGranted.granted':
		'Sie haben jetzt im internen Bereich von {networkName} auch die Rolle „{roleLabel}“. Melden Sie sich wie gewohnt mit Ihrem Passwort an.',
	'mail.roleGranted.action': 'Anmelden',

	'mail.agreementRequest.subject':
		'{kind, select, reminder {Erinnerung: } other {}}Bitte unterzeichnen: {title} (Fassung {versionNumber}) – {networkName}',
	'mail.agreementRequest.reminder':
		'für {organisationName} steht die Unterschrift unter „{title}“ (Fassung {versionNumber}, beschlossen am {adoptedOn}) noch aus.',
	'mail.agreementRequest.request':
		'das Netzwerk hat „{title}“ in der Fassung {versionNumber} am {adoptedOn} beschlossen. Wir bitten {organisationName} um die Unterschrift.',
	'mail.agreementRequest.previousSigned':
		'Ihre Organisation hat die vorige Fassung unterzeichnet; für die neue Fassung brauchen wir die Unterschrift noch einmal.',
	'mail.agreementRequest.personalLink':
		'Über Ihren persönlichen Link lesen Sie den Wortlaut und unterzeichnen oder lehnen ab – ohne Anmeldung. Bitte leiten Sie den Link nur an Personen weiter, die für Ihre Organisation unterzeichnen dürfen.',
	'mail.agreementRequest.action': 'Vereinbarung lesen und unterzeichnen',

	'mail.taskReminder.subject': 'Aufgaben bald fällig: {bodyName} – {networkName}',
	'mail.taskReminder.intro': 'aus den Sitzungen von „{bodyName}“ sind diese Aufgaben bei Ihnen bald fällig:',
	'mail.taskReminder.task': '• {title} – fällig am {dueDate} (aus: {meetingTitle})',
	'mail.taskReminder.next': 'Wenn eine Aufgabe erledigt ist, geben Sie bitte der Netzwerkkoordination Bescheid.',

	// Events (issue 14): a registration through the portal – confirmed, on the waiting list, a freed seat
	// offered or given, cancelled. Every one carries the personal link; the other languages' texts are in
	// mail-event-translations.ts.
	'mail.event.session': '• {day}, {from}–{to} Uhr',
	'mail.event.sessionPlace': '  {place}',
	'mail.event.sessionOnline': '  Online: {url}',
	'mail.event.dates': 'Termine:\n{sessions}',
	'mail.event.persons': 'Angemeldet: {persons, plural, one {# Person} other {# Personen}}',
	'mail.event.personalLink':
		'Über Ihren persönlichen Link sehen Sie Ihre Anmeldung und können sich auch wieder abmelden. Bitte geben Sie ihn nicht weiter.',
	'mail.event.linkAction': 'Meine Anmeldung ansehen',
	'mail.event.calendarAttached': 'Die Termine hängen als Kalenderdatei (.ics) an.',
	'mail.event.contact': 'Fragen zur Veranstaltung: {contact}',
	'mail.registrationConfirmed.subject': 'Anmeldung bestätigt: {eventTitle} – {networkName}',
	'mail.registrationConfirmed.confirmed': 'vielen Dank! Sie sind angemeldet für „{eventTitle}“.',
	'mail.registrationWaiting.subject': 'Warteliste: {eventTitle} – {networkName}',
	'mail.registrationWaiting.waiting':
		'vielen Dank für Ihre Anmeldung zu „{eventTitle}“. Die Veranstaltung ist zurzeit ausgebucht. Sie stehen auf Platz {position} der Warteliste.',
	'mail.registrationWaiting.next': 'Sobald ein Platz für Sie frei wird, bekommen Sie eine E-Mail.',
	'mail.seatOffered.subject': 'Ein Platz ist frei: {eventTitle} – {networkName}',
	'mail.seatOffered.offered':
		'für „{eventTitle}“ ist ein Platz frei geworden. Wir halten ihn bis {until} für Sie frei.',
	'mail.seatOffered.next':
		'Bitte nehmen Sie den Platz über den Link an. Nach Ablauf der Frist geht er an die nächste Person auf der Warteliste.',
	'mail.seatOffered.action': 'Platz annehmen',
	'mail.seatPromoted.subject': 'Sie haben einen Platz: {eventTitle} – {networkName}',
	'mail.seatPromoted.promoted':
		'gute Nachricht: Für „{eventTitle}“ ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt und jetzt angemeldet.',
	'mail.registrationCancelled.subject': 'Abmeldung bestätigt: {eventTitle} – {networkName}',
	'mail.registrationCancelled.cancelled': 'Sie haben sich von „{eventTitle}“ abgemeldet.',
	'mail.registrationCancelled.again': 'Möchten Sie doch teilnehmen? Dann melden Sie sich bitte neu an: {link}',
	'mail.registrationCancelled.calendar':
		'Mit der Kalenderdatei im Anhang entfernen Sie die Termine aus Ihrem Kalender.',
	'mail.registrationUpdated.subject': 'Geänderte Zeit oder geänderter Ort: {eventTitle} – {networkName}',
	'mail.registrationUpdated.changed':
		'Bei „{eventTitle}“ haben sich Zeit oder Ort geändert. So sind die Termine jetzt:',
	'mail.registrationUpdated.calendar': 'Die Kalenderdatei im Anhang aktualisiert den Eintrag in Ihrem Kalender.'
} as const;

export type MailKey = keyof typeof mailDe;

/** A complete mail catalog for another language: the same keys as the German one. */
export type MailMessages = Record<MailKey, string>;
