import type { PortalPart } from './portal-part';

/** Portal texts of the translations area in every language. */
const de = {} as const;

export const portalTranslations: PortalPart<keyof typeof de> = {
	de,
	leicht: {},
	en: {},
	tr: {},
	ar: {},
	ru: {},
	uk: {},
	pl: {},
	fa: {}
};
