/** Internal (German only) texts of the share area. */
export const internalShareDe = {
	'share.nav': 'Wegweiser drucken',
	'share.internTitle': 'Gedruckter Wegweiser',
	'share.internIntro':
		'Ein PDF der veröffentlichten Angebote nach Lebensphase, mit Adresse, Telefon, Zeiten und einem QR-Code je Angebot zur Seite im Portal. Texte in der gewählten Sprache, wo das Angebot übersetzt ist, sonst auf Deutsch (im PDF markiert).',
	'share.district': 'Stadtteil',
	'share.language': 'Sprache',
	'share.format': 'Format',
	'share.download': 'PDF herunterladen',
	'share.errorDistrict': 'Wählen Sie einen Stadtteil aus der Liste oder das ganze Netzwerk.',
	'share.errorLanguage': 'Wählen Sie eine der Sprachen des Portals.',
	'share.errorFormat': 'Wählen Sie A4 oder A5.',
	'share.errorPrinter':
		'Das PDF kann auf diesem Server gerade nicht erzeugt werden (Chromium fehlt). Bitte wenden Sie sich an den Betrieb.'
} as const;
