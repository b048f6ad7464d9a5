/** Internal (German only) texts of the home area. */
export const internalHomeDe = {
	'homeAdmin.nav': 'Startseite',
	'homeAdmin.title': 'Startseite: Was jetzt wichtig ist',
	'homeAdmin.intro':
		'Kurze Karten je Lebensphase auf der Startseite des Portals. Jede Karte führt zu einer Suche mit ihren Suchwörtern. Deutsch ist Pflicht; fehlt eine Übersetzung, zeigt das Portal den deutschen Text.',
	'homeAdmin.usesDefaults':
		'Ihr Netzwerk hat noch keine eigenen Karten: Familien sehen die mitgelieferten. Sobald Sie eine Karte anlegen, werden die mitgelieferten übernommen und sind hier bearbeitbar.',
	'homeAdmin.takeDefaults': 'Mitgelieferte Karten übernehmen',
	'homeAdmin.reset': 'Auf die mitgelieferten Karten zurücksetzen',
	'homeAdmin.resetHint': 'Ersetzt alle Karten Ihres Netzwerks durch die mitgelieferten.',
	'homeAdmin.resetDone': '{count} mitgelieferte Karten übernommen.',
	'homeAdmin.newCard': 'Neue Karte',
	'homeAdmin.editCard': 'Karte bearbeiten',
	'homeAdmin.edit': 'Bearbeiten',
	'homeAdmin.save': 'Speichern',
	'homeAdmin.delete': 'Karte löschen',
	'homeAdmin.saved': 'Karte gespeichert.',
	'homeAdmin.deleted': 'Karte gelöscht.',
	'homeAdmin.back': 'Zurück zur Übersicht',
	'homeAdmin.lifeStage': 'Lebensphase',
	'homeAdmin.cardTitle': 'Titel (Deutsch)',
	'homeAdmin.cardText': 'Kurzer Text (Deutsch)',
	'homeAdmin.query': 'Suchwörter',
	'homeAdmin.queryHint': 'Die Karte führt zur Angebotssuche mit diesen Wörtern und der Lebensphase.',
	'homeAdmin.position': 'Reihenfolge',
	'homeAdmin.positionHint': 'Kleinere Zahlen stehen weiter oben.',
	'homeAdmin.positionInvalid': 'Bitte eine ganze Zahl von 0 bis 999 angeben.',
	'homeAdmin.translations': 'Übersetzungen (freiwillig)',
	'homeAdmin.titleIn': 'Titel – {language}',
	'homeAdmin.textIn': 'Text – {language}',
	'homeAdmin.titleMissing': 'Zum Text fehlt der Titel in dieser Sprache.',
	'homeAdmin.conflict':
		'Jemand hat diese Karte inzwischen geändert oder gelöscht. Laden Sie die Seite neu und tragen Sie Ihre Änderung erneut ein.',
	'homeAdmin.columnStage': 'Lebensphase',
	'homeAdmin.columnTitle': 'Titel',
	'homeAdmin.columnQuery': 'Suchwörter',
	'homeAdmin.columnLanguages': 'Übersetzt',
	'homeAdmin.helpImportant': 'Nr. {n} oben auf der Startseite zeigen',
	'homeAdmin.helpImportantHint':
		'Bis zu drei Nummern erscheinen auf der Startseite ganz oben. Ohne Auswahl zeigt sie die ersten zwei bundesweiten Nummern.',
	'homeAdmin.tooManyImportant': 'Bitte höchstens drei Nummern für oben auf der Startseite wählen.',
	'homeAdmin.importantNeedsNumber': 'Für oben auf der Startseite braucht es Bezeichnung und Nummer.'
} as const;
