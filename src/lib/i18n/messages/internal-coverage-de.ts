/** German texts of the coverage page, its map, the Einzugsgebiet fields and the dashboard's gap card (issue 15). Spread into `de`. */
export const internalCoverageDe = {
	'coverage.form.serviceArea': 'Einzugsgebiet',
	'coverage.form.serviceAreaHint':
		'Stadtteile, in denen das Angebot Familien erreicht, auch ohne Ort dort (zum Beispiel Hausbesuche). Die Stadtteile der Orte oben zählen ohnehin.',
	'coverage.form.servesWholeNetwork': 'Ganzes Netzwerkgebiet',
	'coverage.form.serviceDistricts': 'Weitere versorgte Stadtteile',
	'server.columns.serviceAreaHint':
		'Stadtteile, die das Angebot zusätzlich zu seinen Orten versorgt, durch Komma getrennt – oder „ganzes Netzwerkgebiet“.',

	'server.columns.organisationDistrictsHint':
		'Versorgte Stadtteile, durch Komma getrennt; „ganzes Netzwerkgebiet“, wenn die Organisation überall tätig ist.',
	'server.hsds.wholeNetwork': 'Das ganze Gebiet des Netzwerks ({municipality})',
	'server.hsds.serviceArea': 'Stadtteil {district} (Einzugsgebiet, auch ohne Ort dort)',

	'coverage.title': 'Versorgung nach Stadtteil und Lebensphase',
	'coverage.intro':
		'Veröffentlichte, im Familienportal sichtbare Angebote je Stadtteil: mit einem Ort dort, mit dem Stadtteil im Einzugsgebiet oder für das ganze Netzwerkgebiet. Jedes Angebot zählt je Stadtteil einmal.',
	'coverage.filters': 'Filter',
	'coverage.filter.topic': 'Thema',
	'coverage.filter.offerType': 'Angebotsart',
	'coverage.filter.prevention': 'Präventionsebene',
	'coverage.filter.language': 'Sprache (Code, z. B. tr)',
	'coverage.filter.year': 'Jahr der Bevölkerungszahlen',
	'coverage.filter.all': 'alle',
	'coverage.filter.latest': 'neuestes',
	'coverage.filter.apply': 'Anzeigen',
	'coverage.matrix': 'Angebote je Stadtteil und Lebensphase',
	'coverage.matrixCaption':
		'Anzahl der Angebote, darunter Angebote je 100 Kinder im passenden Alter ({year}). Lücken sind mit „Lücke“ markiert.',
	'coverage.matrixCaptionNoYear': 'Anzahl der Angebote. Lücken sind mit „Lücke“ markiert.',
	'coverage.district': 'Stadtteil',
	'coverage.cellLink': '{count, plural, =0 {keine Angebote} one {# Angebot} other {# Angebote}}',
	'coverage.per100': '{value} je 100 Kinder',
	'coverage.gap.none': 'Lücke: kein Angebot',
	'coverage.gap.low': 'Lücke: unter der Schwelle',
	'coverage.noFigures':
		'Für das Jahr {year} gibt es keine Bevölkerungszahlen. Die Übersicht zeigt nur die Anzahl der Angebote.',
	'coverage.noFiguresAtAll':
		'Es gibt noch keine Bevölkerungszahlen. Die Übersicht zeigt nur die Anzahl der Angebote; Lücken werden an der Anzahl gemessen.',
	'coverage.noDistricts': 'Das Netzwerk hat noch keine Stadtteile. Legen Sie sie unter „Stadtteile“ an.',
	'coverage.noteFigures':
		'Bezugsgrößen: Schwangerschaft und 0–1 Jahr – Geburten; 1–3 Jahre – Kinder unter 3 Jahren; Kindergartenalter – Kinder von 3 bis 6 Jahren. Für Grundschulalter und „Für alle Familien“ gibt es keine Bezugsgröße: dort steht nur die Anzahl.',
	'coverage.thresholds': 'Schwellen für Lücken',
	'coverage.threshold.setting': '{stage}: unter {value} Angeboten je 100 Kinder (eingestellte Schwelle)',
	'coverage.threshold.median': '{stage}: unter {value} Angeboten je 100 Kinder (halber Median des Netzwerks)',
	'coverage.threshold.medianCount': '{stage}: unter {value} Angeboten (halber Median der Anzahl, ohne Bezugsgröße)',
	'coverage.threshold.none': '{stage}: keine Schwelle (keine Daten)',
	'coverage.offers.title': 'Angebote in {district}: {stage}',
	'coverage.offers.none': 'In diesem Stadtteil gibt es für diese Lebensphase kein passendes Angebot.',
	'coverage.offers.servedBy.location': 'Ort im Stadtteil',
	'coverage.offers.servedBy.serviceArea': 'Einzugsgebiet',
	'coverage.offers.servedBy.wholeNetwork': 'ganzes Netzwerkgebiet',
	'coverage.offers.unknownDistrict': 'Diesen Stadtteil gibt es in Ihrem Netzwerk nicht.',
	'coverage.offers.back': 'Zurück zur Übersicht',
	'coverage.mapHeading': 'Karte',
	'coverage.mapStage': 'Lebensphase der Karte',
	'coverage.mapShow': 'Karte zeigen',
	'coverage.mapTable': 'Zahlen der Karte: {stage}',
	'coverage.withoutOutline': 'Stadtteile ohne Umriss (nicht in der Karte)',
	'coverage.noOutlines':
		'Kein Stadtteil hat einen Umriss. Umrisse (GeoJSON) lassen sich unter „Stadtteile“ hinterlegen.',
	'coverage.children': 'Kinder',
	'coverage.count': 'Angebote',
	'coverage.gap': 'Lücke',
	'coverage.map.title': 'Versorgungskarte: {stage}',
	'coverage.map.per100Value': '{value} Angebote je 100 Kinder ({count} Angebote)',
	'coverage.map.countValue': '{count, plural, one {# Angebot} other {# Angebote}}',
	'coverage.map.noFigure': '{count, plural, one {# Angebot} other {# Angebote}}, keine Bevölkerungszahl',
	'coverage.map.legendPer100': 'Angebote je 100 Kinder',
	'coverage.map.legendCount': 'Anzahl der Angebote',
	'coverage.map.legendGap': 'Lücke (schraffiert)',
	'coverage.map.legendNoFigure': 'keine Bevölkerungszahl',
	'nav.coverage': 'Versorgung',

	'intern.dashboard.gaps': 'Größte Versorgungslücken',
	'intern.dashboard.gapsNone': 'Keine Lücken: jeder Stadtteil hat in jeder Lebensphase Angebote.',
	'intern.dashboard.gapItem':
		'{district}, {stage}: {count, plural, =0 {kein Angebot} one {# Angebot} other {# Angebote}}',
	'intern.dashboard.gapsAll': 'Zur Versorgungsübersicht'
} as const;
