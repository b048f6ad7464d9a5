/** Internal (German only) texts of planning (issue 15): hub, population figures, funding helper, district outlines. */
export const internalPlanningDe = {
	'planning.nav': 'Planung',
	'planning.back': '← Planung',
	'planning.hub.title': 'Planung und Berichte',
	'planning.hub.intro':
		'Zahlen für die Jugendhilfeplanung, den Verwendungsnachweis und den Jahresbericht – aus den Daten, die das Netzwerk schon pflegt.',
	'planning.hub.population': 'Bevölkerungsdaten',
	'planning.hub.populationText':
		'Kinder, Geburten und Kinder in SGB-II-Familien je Stadtteil und Jahr: eintippen oder importieren.',
	'planning.hub.coverage': 'Versorgung',
	'planning.hub.coverageText': 'Angebote je Stadtteil und Lebensphase, Lücken und die Karte der Stadtteile.',
	'planning.hub.composition': 'Zusammensetzung des Netzwerks',
	'planning.hub.compositionText':
		'Partnerkategorien nach § 3 KKG, Vereinbarungen und Teilnahme an Netzwerkkonferenzen.',
	'planning.hub.demand': 'Nachfrage',
	'planning.hub.demandText': 'Suchen ohne Ergebnis: Hinweise auf fehlende Angebote.',
	'planning.hub.funding': 'Förderung',
	'planning.hub.fundingText': 'Anteil an den Kindern unter 3 Jahren in SGB-II-Familien des Landes und Betrag je Kind.',
	'planning.hub.reports': 'Berichte',
	'planning.hub.reportsText': 'Monitoring-Zahlen und der Jahresbericht als PDF und XLSX.',

	'planning.figure.children0to3': 'Kinder 0–3 Jahre',
	'planning.figure.children3to6': 'Kinder 3–6 Jahre',
	'planning.figure.births': 'Geburten',
	'planning.figure.children0to3Sgb2': 'Kinder 0–3 Jahre in SGB-II-Familien',
	'planning.column.district': 'Stadtteil',
	'planning.column.year': 'Jahr',

	'planning.population.title': 'Bevölkerungsdaten',
	'planning.population.intro':
		'Je Stadtteil und Jahr. Die Zahlen stammen meist aus dem Melderegister oder der Statistik der Bundesagentur für Arbeit. Mehrere Jahre bleiben erhalten.',
	'planning.population.years': 'Jahre',
	'planning.population.noYears': 'Noch keine Bevölkerungsdaten erfasst.',
	'planning.population.addYear': 'Anderes Jahr (zum Beispiel 2026)',
	'planning.population.showYear': 'Jahr anzeigen',
	'planning.population.tableTitle': 'Zahlen für {year}',
	'planning.population.emptyHint': 'Ein leeres Feld bedeutet „nicht bekannt“ – nicht 0.',
	'planning.population.sum': 'Summe',
	'planning.population.unknownCount': '({count, plural, one {# Stadtteil} other {# Stadtteile}} ohne Angabe)',
	'planning.population.save': 'Zahlen speichern',
	'planning.population.saved': 'Die Zahlen wurden gespeichert.',
	'planning.population.noDistricts': 'Legen Sie zuerst die Stadtteile Ihres Netzwerks an:',
	'planning.population.sheetName': 'Bevölkerungsdaten',

	'planning.import.title': 'Aus CSV oder XLSX importieren',
	'planning.import.intro':
		'Eine Zeile je Stadtteil und Jahr. Vor dem Import prüft eine Probe jede Zeile; bei einem Fehler wird nichts übernommen.',
	'planning.import.template': 'Vorlage XLSX mit Ihren Stadtteilen ({year})',
	'planning.import.file': 'Datei (CSV oder XLSX)',
	'planning.import.mappingHint':
		'Ordnen Sie jeder Spalte der Datei eine Zahl zu. Ohne Spalte „Jahr“ gilt das oben gewählte Jahr; eine nicht zugeordnete Zahl bleibt, wie sie ist.',
	'planning.template.districtNote': 'Name des Stadtteils wie unter „Stadtteile“ angelegt.',
	'planning.template.yearNote': 'Vierstellig, nicht in der Zukunft.',
	'planning.template.figureNote': 'Ganze Zahl ab 0; leer lassen, wenn nicht bekannt.',

	'planning.settings.title': 'Eigene Kennzahl',
	'planning.settings.extraFigureName': 'Name der eigenen Kennzahl (optional)',
	'planning.settings.extraFigureHint':
		'Zum Beispiel „Kinder mit Fluchterfahrung“. Sie erscheint als weitere Spalte; leer lassen, wenn Sie keine brauchen.',
	'planning.settings.save': 'Kennzahl speichern',
	'planning.settings.saved': 'Die Einstellung wurde gespeichert.',

	'planning.funding.title': 'Förderung (Bundesstiftung Frühe Hilfen)',
	'planning.funding.intro':
		'Die Bundesstiftung verteilt die Mittel nach dem Anteil der Kinder unter 3 Jahren in Familien mit SGB-II-Bezug. Die Zahl Ihres Netzwerks ist die Summe der Stadtteile aus den Bevölkerungsdaten.',
	'planning.funding.history': 'Verlauf',
	'planning.funding.noYears': 'Noch keine Jahre: Erfassen Sie zuerst die Bevölkerungsdaten.',
	'planning.funding.year': 'Jahr',
	'planning.funding.networkChildren': 'Kinder 0–3 in SGB II (Netzwerk)',
	'planning.funding.landChildren': 'Kinder 0–3 in SGB II (Land)',
	'planning.funding.landHint':
		'Die Gesamtzahl Ihres Bundeslandes, zum Beispiel aus dem Schreiben der Landeskoordinierungsstelle.',
	'planning.funding.share': 'Anteil',
	'planning.funding.allocation': 'Zuweisung in Euro',
	'planning.funding.allocationHint': 'Zum Beispiel 12.345,67',
	'planning.funding.perChild': 'Betrag je Kind',
	'planning.funding.note': 'Notiz (optional)',
	'planning.funding.edit': 'Bearbeiten',
	'planning.funding.formTitle': 'Jahr erfassen oder ändern',
	'planning.funding.save': 'Jahr speichern',
	'planning.funding.saved': 'Das Jahr {year} wurde gespeichert.',

	'planning.error.notNumber': 'Bitte eine ganze Zahl eintragen (ohne Text), oder das Feld leer lassen.',
	'planning.error.negative': 'Bitte keine negative Zahl eintragen.',
	'planning.error.tooLarge': 'Diese Zahl ist zu groß.',
	'planning.error.yearInvalid': 'Bitte ein Jahr mit vier Ziffern eintragen, ab 1990.',
	'planning.error.yearFuture': 'Für ein Jahr in der Zukunft gibt es noch keine Zahlen.',
	'planning.error.districtUnknown': 'Den Stadtteil „{value}“ gibt es in Ihrem Netzwerk nicht.',
	'planning.error.duplicateRow': 'Diesen Stadtteil gibt es für dieses Jahr schon in Zeile {row}.',
	'planning.error.moneyInvalid': 'Bitte einen Betrag in Euro eintragen, zum Beispiel 12.345,67.',
	'planning.error.landBelowNetwork':
		'Die Zahl des Landes kann nicht kleiner sein als die Zahl Ihres Netzwerks (Summe der Stadtteile in diesem Jahr).',

	'intern.districts.geojsonFile': 'Oder Umriss als Datei hochladen (.geojson, höchstens 2 MB)',
	'intern.districts.geojsonFileHint':
		'Ersetzt den Text oben. Ein fehlerhafter Umriss wird nicht gespeichert; der bisherige bleibt.',
	'error.geojsonTooLarge': 'Der Umriss ist größer als 2 MB. Bitte vereinfachen Sie ihn (zum Beispiel mit mapshaper).',
	'error.geojsonSelfIntersecting':
		'Der Umriss überschneidet sich selbst. Bitte prüfen Sie die Punkte; der bisherige Umriss bleibt erhalten.'
} as const;
