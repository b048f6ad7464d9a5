/** Internal (German only) texts of the translations area. */
export const internalTranslationsDe = {
	'tr.errorHeaders': 'Die Datei ist kein Übersetzungspaket: Es fehlt die Spalte „{column}“.',
	'tr.errorUnknown': 'Diese Zeile gehört zu keinem Angebot dieses Netzwerks.',
	'tr.errorField':
		'Unbekanntes Feld: erlaubt sind title, summary, description (bei Angeboten) und name (bei Begriffen).',
	'tr.errorSourceChanged': 'Der deutsche Text wurde inzwischen geändert. Bitte ein neues Paket exportieren.',
	'tr.errorTooLong': 'Die Übersetzung ist zu lang (höchstens 20.000 Zeichen).'
} as const;
