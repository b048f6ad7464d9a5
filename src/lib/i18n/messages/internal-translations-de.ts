/** Internal (German only) texts of the translations area. */
export const internalTranslationsDe = {
	'tr.errorHeaders': 'Die Datei ist kein Übersetzungspaket: Es fehlt die Spalte „{column}“.',
	'tr.errorUnknown':
		'Diese id gehört zu keinem Angebot, keiner Karte „Was jetzt wichtig ist“ und keiner anstehenden Veranstaltung dieses Netzwerks.',
	'tr.errorField':
		'Unbekanntes Feld: erlaubt sind title, summary, description (bei Angeboten und Veranstaltungen), title, text (bei Karten „Was jetzt wichtig ist“) und name (bei Begriffen).',
	'tr.errorDuplicate': 'Dieser Text steht mehrfach in der Datei; bitte nur einmal übersetzen.',
	'tr.errorGuidanceTitle':
		'Der Kurztext einer Karte wird nur unter einem übersetzten Titel gezeigt: Bitte auch den Titel dieser Karte übersetzen.',
	'tr.errorSourceEdited':
		'Der deutsche Text dieser Einheit wurde in der Datei verändert. Bitte den Ausgangstext (source) nicht ändern.',
	'tr.errorXliffMarkup':
		'Die Übersetzung enthält Auszeichnungen (Inline-Elemente wie <ph>, <pc> oder <mrk>). Bitte nur Text eintragen.',
	'tr.errorXliffMalformed':
		'Die Datei ist kein gültiges XML (sie ist beschädigt oder unvollständig). Bitte die XLIFF-Datei aus dem Übersetzungsprogramm erneut exportieren.',
	'tr.errorXliffDoctype':
		'Die Datei enthält eine Dokumenttyp-Deklaration (DOCTYPE), die eine XLIFF-Datei nicht braucht. Bitte ohne sie speichern.',
	'tr.errorXliffEncoding': 'Die Datei ist nicht in UTF-8 (oder UTF-16) gespeichert.',
	'tr.errorXliffVersion':
		'Die Datei ist kein XLIFF-2.0-Übersetzungspaket. Bitte die XLIFF-Datei verwenden, die hier heruntergeladen wurde.',
	'tr.errorXliffTrgLang':
		'Die Datei ist für eine andere Sprache (trgLang „{found}“); erwartet wird „{expected}“. Bitte oben die passende Sprache wählen.',
	'tr.errorXliffSrcLang': 'Die Ausgangssprache der Datei ist nicht Deutsch (srcLang „{found}“).',
	'tr.errorXliffUnitIds': 'Die Datei enthält Einheiten (unit) ohne id oder mit doppelter id.',
	'tr.errorXliffSegments':
		'Eine Einheit wurde in mehrere Segmente geteilt. Bitte jede Einheit als ein Segment zurückgeben (canResegment="no").',
	'tr.errorSourceChanged': 'Der deutsche Text wurde inzwischen geändert. Bitte ein neues Paket exportieren.',
	'tr.errorTooLong': 'Die Übersetzung ist zu lang (höchstens {max, number} Zeichen).',
	'tr.nav': 'Übersetzungen',
	'tr.title': 'Übersetzungen',
	'tr.intro':
		'Themen und Hilfenummern haben mitgelieferte Übersetzungen. Hier können Sie für jede Sprache eigene eintragen; sie gelten nur in Ihrem Netzwerk. Ein leeres Feld nimmt wieder die mitgelieferte Übersetzung (oder den deutschen Text).',
	'tr.language': 'Sprache',
	'tr.termsTitle': 'Themen und Hilfenummern: {language}',
	'tr.colGerman': 'Deutsch',
	'tr.colKind': 'Art',
	'tr.colShipped': 'Mitgeliefert',
	'tr.colOwn': 'Eigene Übersetzung',
	'tr.kind.topic': 'Thema',
	'tr.kind.helpLabel': 'Hilfenummer',
	'tr.kind.helpNote': 'Hinweis zur Hilfenummer',
	'tr.none': '(keine)',
	'tr.ownLabel': 'Eigene Übersetzung für „{term}“',
	'tr.saveTerms': 'Übersetzungen speichern',
	'tr.saved': '{count, plural, one {# Übersetzung gespeichert.} other {# Übersetzungen gespeichert.}}',
	'tr.conflict':
		'Inzwischen hat jemand anderes Übersetzungen dieser Sprache gespeichert. Ihre Eingaben sind unten erhalten; die Spalte „Mitgeliefert“ und die gespeicherten Werte wurden neu geladen. Prüfen Sie Ihre Eingaben und speichern Sie erneut.',
	'tr.errorTermTooLong': 'Die Übersetzung ist zu lang (höchstens 300 Zeichen).',
	'tr.errorLocale': 'Bitte wählen Sie eine Sprache.',
	'tr.packageTitle': 'Übersetzungspaket',
	'tr.packageIntro':
		'Das Paket enthält alle Texte, die in dieser Sprache noch fehlen (Titel, Kurzbeschreibungen und Beschreibungen der Angebote und der anstehenden Veranstaltungen, Karten „Was jetzt wichtig ist“, Themen, Hilfenummern). Als XLSX trägt das Übersetzungsbüro die Übersetzung in die Spalte „target text“ ein; die anderen Spalten bleiben, wie sie sind. Als XLIFF 2.0 öffnet es die Datei in seinem Übersetzungsprogramm.',
	'tr.download': 'Paket herunterladen (XLSX, {language})',
	'tr.downloadXliff': 'Paket herunterladen (XLIFF 2.0, {language})',
	'tr.file': 'Ausgefülltes Paket (XLSX oder XLIFF)',
	'tr.fileHint': 'Die Datei, die das Übersetzungsbüro zurückgeschickt hat: .xlsx oder .xlf.',
	'tr.preview': 'Hochladen und prüfen',
	'tr.previewTitle': 'Prüfung: {count} Änderungen',
	'tr.previewNothing': 'Die Datei enthält keine neuen Übersetzungen.',
	'tr.previewErrors': '{count} Fehler – es wird nichts übernommen. Bitte die Datei korrigieren und erneut hochladen.',
	'tr.colId': 'Text',
	'tr.colField': 'Feld',
	'tr.colBefore': 'Bisher',
	'tr.colAfter': 'Neu',
	'tr.colRow': 'Zeile',
	'tr.colUnit': 'Einheit (unit id)',
	'tr.colElement': 'Element',
	'tr.colColumn': 'Spalte',
	'tr.colMessage': 'Fehler',
	'tr.apply': 'Übersetzungen übernehmen',
	'tr.applied': '{count, plural, one {# Übersetzung übernommen.} other {# Übersetzungen übernommen.}}',
	'tr.errorFileTooLarge': 'Die Datei ist zu groß (höchstens 5 MB).',
	'tr.errorExpired': 'Die geprüfte Datei ist nicht mehr vorhanden. Bitte laden Sie sie erneut hoch.',
	'tr.field.title': 'Titel',
	'tr.field.summary': 'Kurzbeschreibung',
	'tr.field.description': 'Beschreibung',
	'tr.field.name': 'Begriff',
	'tr.field.text': 'Kurztext',
	'tr.note.offer': 'Angebot „{title}“ – {field}.',
	'tr.note.guidance': 'Karte „Was jetzt wichtig ist“ „{title}“ auf der Startseite – {field}.',
	'tr.note.event': 'Veranstaltung „{title}“ im Portal – {field}.',
	'tr.note.term': 'Begriff: Name eines Themas (Filter der Suche) oder Text einer Hilfenummer.',
	'tr.note.max': 'Höchstens {max, number} Zeichen.'
} as const;
