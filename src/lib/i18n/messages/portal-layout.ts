import type { PortalPart } from './portal-part';

/** Portal texts of the layout area in every language: filters on a phone, the offer's first screen, the map. */
const de = {
	'layout.filters': '{count, plural, =0 {Filter} other {Filter (# aktiv)}}',
	'layout.atAGlance': 'Auf einen Blick',
	'layout.moreLocations': '{count, plural, one {# weiterer Ort} other {# weitere Orte}}',
	'layout.mapOutlines':
		'Ohne Kartenhintergrund: Die Plattform lädt keine Karten von fremden Servern. Die Flächen zeigen die Stadtteile, die Punkte die Angebote.',
	'layout.mapLegendDistrict': 'Stadtteil',
	'layout.mapLegendOffer': 'Ort eines Angebots'
} as const;

export const portalLayout: PortalPart<keyof typeof de> = {
	de,
	leicht: {
		'layout.filters': '{count, plural, =0 {Auswahl} other {Auswahl (# an)}}',
		'layout.atAGlance': 'Das Wichtigste',
		'layout.moreLocations': '{count, plural, one {Noch # Ort} other {Noch # Orte}}',
		'layout.mapOutlines':
			'Die Karte hat kein Bild im Hintergrund. Wir laden keine Karten von anderen Firmen. Die Flächen sind die Stadt-Teile. Die Punkte sind die Angebote.',
		'layout.mapLegendDistrict': 'Stadt-Teil',
		'layout.mapLegendOffer': 'Hier ist ein Angebot'
	},
	en: {
		'layout.filters': '{count, plural, =0 {Filters} other {Filters (# active)}}',
		'layout.atAGlance': 'At a glance',
		'layout.moreLocations': '{count, plural, one {# more place} other {# more places}}',
		'layout.mapOutlines':
			'No map background: the platform loads no maps from other servers. The areas show the districts, the dots the services.',
		'layout.mapLegendDistrict': 'District',
		'layout.mapLegendOffer': 'Place of a service'
	},
	tr: {
		'layout.filters': '{count, plural, =0 {Filtreler} other {Filtreler (# etkin)}}',
		'layout.atAGlance': 'Bir bakışta',
		'layout.moreLocations': '{count} yer daha',
		'layout.mapOutlines':
			'Harita arka planı yok: Platform başka sunuculardan harita yüklemez. Alanlar semtleri, noktalar hizmetleri gösterir.',
		'layout.mapLegendDistrict': 'Semt',
		'layout.mapLegendOffer': 'Hizmetin yeri'
	},
	ar: {
		'layout.filters': '{count, plural, =0 {عوامل التصفية} other {عوامل التصفية (# مفعّل)}}',
		'layout.atAGlance': 'نظرة سريعة',
		'layout.moreLocations':
			'{count, plural, one {مكان آخر} two {مكانان آخران} few {# أماكن أخرى} many {# مكانًا آخر} other {# مكان آخر}}',
		'layout.mapOutlines':
			'بدون خلفية خريطة: لا تحمّل المنصة خرائط من خوادم أخرى. المساحات تُظهر الأحياء، والنقاط تُظهر الخدمات.',
		'layout.mapLegendDistrict': 'حي',
		'layout.mapLegendOffer': 'مكان خدمة'
	},
	ru: {
		'layout.filters': '{count, plural, =0 {Фильтры} other {Фильтры (активно: #)}}',
		'layout.atAGlance': 'Коротко',
		'layout.moreLocations':
			'{count, plural, one {Ещё # место} few {Ещё # места} many {Ещё # мест} other {Ещё # места}}',
		'layout.mapOutlines':
			'Без подложки карты: платформа не загружает карты с чужих серверов. Области показывают районы, точки — услуги.',
		'layout.mapLegendDistrict': 'Район',
		'layout.mapLegendOffer': 'Место услуги'
	},
	uk: {
		'layout.filters': '{count, plural, =0 {Фільтри} other {Фільтри (активно: #)}}',
		'layout.atAGlance': 'Коротко',
		'layout.moreLocations': '{count, plural, one {Ще # місце} few {Ще # місця} many {Ще # місць} other {Ще # місця}}',
		'layout.mapOutlines':
			'Без підкладки карти: платформа не завантажує карти з чужих серверів. Області показують райони, точки — послуги.',
		'layout.mapLegendDistrict': 'Район',
		'layout.mapLegendOffer': 'Місце послуги'
	},
	pl: {
		'layout.filters': '{count, plural, =0 {Filtry} other {Filtry (aktywne: #)}}',
		'layout.atAGlance': 'W skrócie',
		'layout.moreLocations':
			'{count, plural, one {# kolejne miejsce} few {# kolejne miejsca} many {# kolejnych miejsc} other {# kolejnego miejsca}}',
		'layout.mapOutlines':
			'Bez podkładu mapy: platforma nie pobiera map z obcych serwerów. Obszary pokazują dzielnice, punkty — oferty.',
		'layout.mapLegendDistrict': 'Dzielnica',
		'layout.mapLegendOffer': 'Miejsce oferty'
	},
	fa: {
		'layout.filters': '{count, plural, =0 {فیلترها} other {فیلترها (# فعال)}}',
		'layout.atAGlance': 'در یک نگاه',
		'layout.moreLocations': '{count} مکان دیگر',
		'layout.mapOutlines':
			'بدون پس‌زمینهٔ نقشه: این سامانه نقشه‌ای از سرورهای دیگر بارگیری نمی‌کند. سطح‌ها محله‌ها و نقطه‌ها خدمات را نشان می‌دهند.',
		'layout.mapLegendDistrict': 'محله',
		'layout.mapLegendOffer': 'محل یک خدمت'
	}
};
