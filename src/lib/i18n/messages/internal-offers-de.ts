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
	'server.sheet.allowedValues': 'Erlaubte Werte'
} as const;
