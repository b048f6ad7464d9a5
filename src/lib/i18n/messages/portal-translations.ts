import type { PortalPart } from './portal-part';

/** Portal texts of the translations area in every language. */
const de = {
	'tr.onlyGerman': 'nur auf Deutsch'
} as const;

export const portalTranslations: PortalPart<keyof typeof de> = {
	de,
	leicht: {
		'tr.onlyGerman': 'nur in schwerer Sprache'
	},
	en: {
		'tr.onlyGerman': 'only in German'
	},
	tr: {
		'tr.onlyGerman': 'yalnızca Almanca'
	},
	ar: {
		'tr.onlyGerman': 'بالألمانية فقط'
	},
	ru: {
		'tr.onlyGerman': 'только на немецком'
	},
	uk: {
		'tr.onlyGerman': 'лише німецькою'
	},
	pl: {
		'tr.onlyGerman': 'tylko po niemiecku'
	},
	fa: {
		'tr.onlyGerman': 'فقط به آلمانی'
	}
};
