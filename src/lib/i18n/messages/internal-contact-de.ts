/** Internal texts of the contact requests from parents (issue 16, item 1), German only. */
export const internalContactDe = {
	'nav.contactRequests': 'Kontaktanfragen',
	'contactRequests.title': 'Kontaktanfragen von Eltern',
	'contactRequests.intro':
		'Eltern haben über das Portal gebeten, dass man sich bei ihnen meldet. Bitte melden Sie sich zur angegebenen Zeit und markieren Sie die Anfrage dann als erledigt. Anfragen werden automatisch gelöscht: {openDays} Tage nach Eingang, erledigte schon {doneDays} Tage danach.',
	'contactRequests.none': 'Zurzeit gibt es keine Kontaktanfragen.',
	'contactRequests.openTitle': 'Offen',
	'contactRequests.doneTitle': 'Erledigt',
	'contactRequests.offer': 'Angebot',
	'contactRequests.organisation': 'Anbieter',
	'contactRequests.name': 'Name',
	'contactRequests.reach': 'Erreichbar',
	'contactRequests.phone': 'Telefon: {phone}',
	'contactRequests.email': 'E-Mail: {email}',
	'contactRequests.language': 'Sprache',
	'contactRequests.bestTime': 'Beste Zeit',
	'contactRequests.message': 'Nachricht',
	'contactRequests.received': 'Eingegangen',
	'contactRequests.doneAt': 'Erledigt am',
	'contactRequests.deleteOn': 'Wird gelöscht am',
	'contactRequests.markDone': 'Als erledigt markieren',
	'contactRequests.marked': 'Die Anfrage ist als erledigt markiert.',
	'contactRequests.conflict':
		'Diese Anfrage wurde inzwischen von jemand anderem bearbeitet oder gelöscht. Die Liste zeigt den aktuellen Stand.',
	'contactRequests.dashboard':
		'{count, plural, one {# offene Kontaktanfrage von Eltern} other {# offene Kontaktanfragen von Eltern}}',
	'intern.offers.contactRequests': 'Eltern können auf der Angebotsseite um Kontakt bitten („Bitte um Kontakt“)',
	'intern.offers.contactRequestsHint':
		'Name, Telefon oder E-Mail und eine kurze Nachricht; Sie bekommen eine E-Mail ohne diese Angaben und sehen die Anfrage unter „Kontaktanfragen“.'
} as const;
