import type { PortalPart } from './portal-part';

/**
 * Portal texts of an offer's Einzugsgebiet (issue 15: the districts it serves, which may differ
 * from where its locations are, or the whole network area) in every language.
 */
const de = {
	'offer.serviceArea': 'Einzugsgebiet',
	'offer.serviceAreaWhole': 'Ganzes Netzwerkgebiet ({name})'
} as const;

export const portalServiceArea: PortalPart<keyof typeof de> = {
	de,
	leicht: {
		'offer.serviceArea': 'Für diese Stadt-Teile',
		'offer.serviceAreaWhole': 'Für das ganze Gebiet vom Netzwerk ({name})'
	},
	en: {
		'offer.serviceArea': 'Area served',
		'offer.serviceAreaWhole': 'The whole network area ({name})'
	},
	tr: {
		'offer.serviceArea': 'Hizmet bölgesi',
		'offer.serviceAreaWhole': 'Ağın tüm bölgesi ({name})'
	},
	ar: {
		'offer.serviceArea': 'منطقة الخدمة',
		'offer.serviceAreaWhole': 'كامل منطقة الشبكة ({name})'
	},
	ru: {
		'offer.serviceArea': 'Район обслуживания',
		'offer.serviceAreaWhole': 'Вся территория сети ({name})'
	},
	uk: {
		'offer.serviceArea': 'Район обслуговування',
		'offer.serviceAreaWhole': 'Уся територія мережі ({name})'
	},
	pl: {
		'offer.serviceArea': 'Obszar działania',
		'offer.serviceAreaWhole': 'Cały obszar sieci ({name})'
	},
	fa: {
		'offer.serviceArea': 'منطقهٔ خدمت‌رسانی',
		'offer.serviceAreaWhole': 'کل منطقهٔ شبکه ({name})'
	}
};
