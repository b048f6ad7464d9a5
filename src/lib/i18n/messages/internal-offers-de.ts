/** German texts of the internal area's offers, taxonomy, exchange and the dashboard's counts (server-made texts: PDFs, exports, messages). Spread into `de`. */
export const internalOffersDe = {
	'server.offers.restoredComment': 'Wiederhergestellt: Fassung vom {day}',
	// Open data (HSDS): texts in the services, locations and taxonomies the API answers with.
	'server.hsds.lifeStage': 'Lebensphase',
	'server.hsds.lifeStageDescription':
		'Für welches Alter des Kindes oder welche Lebensphase der Familie das Angebot gedacht ist.',
	'server.hsds.topic': 'Thema',
	'server.hsds.topicDescription': 'Worum es im Angebot geht (Themen des Netzwerks).',
	'server.hsds.offerType': 'Angebotsart',
	'server.hsds.offerTypeDescription': 'In welcher Form das Angebot stattfindet.',
	'server.hsds.district': 'Stadtteil {name}',
	'server.hsds.weeklyHours': '{weekday} {opens}–{closes} Uhr ({zone})',
	'server.hsds.courseDate': 'Termin am {day}, {start}–{end} Uhr ({zone})',
	'server.hsds.closure': '{from} bis {to}: {note}',
	'server.hsds.costFree': 'kostenlos',
	'server.hsds.registrationRequired': 'Anmeldung erforderlich.',
	'server.hsds.noRegistration': 'Ohne Anmeldung.',
	// The explanation sheet of an XLSX export.
	'server.sheet.column': 'Spalte',
	'server.sheet.note': 'Hinweis',
	'server.sheet.allowedValues': 'Erlaubte Werte',
	// The spreadsheet template's explanation sheet (the column headers themselves are the file format).
	'server.columns.externalIdHint':
		'Eindeutig je Angebot; beim erneuten Import wird das Angebot mit dieser ID aktualisiert.',
	'server.columns.organisationHint': 'Name der Organisation; unbekannte Namen werden als neue Organisation angelegt.',
	'server.columns.languagesHint': 'Sprachcodes, durch Komma getrennt (en, tr, ar …); Deutsch ist immer dabei.',
	'server.columns.hoursHint': 'z. B. 09:00-12:00, 14:00-16:00',
	'server.columns.exceptionsHint': 'Eine pro Zeile: 2026-12-24 bis 2027-01-01: Weihnachtsferien',
	'server.columns.datesHint': 'Einer pro Zeile: 2026-12-01 18:00-20:00',
	'server.columns.dateAllowed': 'JJJJ-MM-TT oder TT.MM.JJJJ',
	'server.columns.numberAllowed': 'Zahl, z. B. 51,6',
	'server.columns.rowsNote':
		'Eine Zeile je Angebot; die erste Zeile enthält die Spaltenüberschriften. Leere Zeilen werden übersprungen. Spalten, die fehlen, lassen bestehende Werte unverändert.',
	'server.columns.listNote':
		'Mehrere Werte in einer Zelle durch Komma trennen. Codes oder die deutschen Bezeichnungen sind beide erlaubt.',
	'server.columns.translationsNote': 'Übersetzungen: {languages}.',
	'server.sheet.notes': 'Hinweise',
	'server.sheet.offers': 'Angebote',
	'server.sheet.organisations': 'Organisationen',
	// Yes/no of a field in the review's and history's differences.
	'server.offers.yes': 'ja',
	'server.offers.no': 'nein'
} as const;
