import type { PortalPart } from './portal-part';

/** Portal texts of the search area in every language. */
const de = {
	'search.noticeNoWords':
		'In „{q}“ haben wir kein Wort gefunden, nach dem wir suchen können. Darum zeigen wir keine Angebote.',
	'search.noticeStages': 'Angebote nach Lebensphase finden',
	'search.noticeSearched': 'Gesucht',
	'search.noticeAll': 'alle Angebote',
	'search.noticeLanguage': 'Sprache',
	'search.noticeFree': 'nur kostenlose Angebote',
	'search.noticeNear': 'Für „in der Nähe“ geben Sie bitte Ihre Postleitzahl ein.',
	'search.noticeUndo': 'Ohne diese Filter suchen'
} as const;

export const portalSearch: PortalPart<keyof typeof de> = {
	de,
	leicht: {
		'search.noticeNoWords': 'Sie haben „{q}“ gesucht. Wir können danach nicht suchen. Darum zeigen wir keine Angebote.',
		'search.noticeStages': 'Angebote für Ihr Kind finden: nach dem Alter',
		'search.noticeSearched': 'Gesucht',
		'search.noticeAll': 'alle Angebote',
		'search.noticeLanguage': 'Sprache',
		'search.noticeFree': 'nur Angebote ohne Kosten',
		'search.noticeNear': 'Sie suchen in der Nähe? Dann schreiben Sie Ihre Post-Leit-Zahl.',
		'search.noticeUndo': 'Ohne diese Filter suchen'
	},
	en: {
		'search.noticeNoWords': 'We found no word in “{q}” that we can search for, so we show no offers.',
		'search.noticeStages': 'Find offers by life stage',
		'search.noticeSearched': 'Searched for',
		'search.noticeAll': 'all offers',
		'search.noticeLanguage': 'Language',
		'search.noticeFree': 'free offers only',
		'search.noticeNear': 'For “near me”, please enter your postcode.',
		'search.noticeUndo': 'Search without these filters'
	},
	tr: {
		'search.noticeNoWords':
			'“{q}” içinde arayabileceğimiz bir kelime bulamadık, bu yüzden hiçbir hizmet göstermiyoruz.',
		'search.noticeStages': 'Yaşam dönemine göre hizmet bulun',
		'search.noticeSearched': 'Aranan',
		'search.noticeAll': 'tüm hizmetler',
		'search.noticeLanguage': 'Dil',
		'search.noticeFree': 'yalnızca ücretsiz hizmetler',
		'search.noticeNear': '“Yakınımda” için lütfen posta kodunuzu girin.',
		'search.noticeUndo': 'Bu filtreler olmadan ara'
	},
	ar: {
		'search.noticeNoWords': 'لم نجد في «{q}» كلمة يمكننا البحث عنها، لذلك لا نعرض أي عروض.',
		'search.noticeStages': 'ابحث عن العروض حسب مرحلة الحياة',
		'search.noticeSearched': 'تم البحث عن',
		'search.noticeAll': 'كل العروض',
		'search.noticeLanguage': 'اللغة',
		'search.noticeFree': 'العروض المجانية فقط',
		'search.noticeNear': 'للبحث «بالقرب مني» يرجى إدخال الرمز البريدي.',
		'search.noticeUndo': 'البحث بدون هذه المرشحات'
	},
	ru: {
		'search.noticeNoWords': 'В «{q}» нет слова, по которому можно искать, поэтому мы не показываем предложения.',
		'search.noticeStages': 'Найти предложения по этапу жизни',
		'search.noticeSearched': 'Искали',
		'search.noticeAll': 'все предложения',
		'search.noticeLanguage': 'Язык',
		'search.noticeFree': 'только бесплатные предложения',
		'search.noticeNear': 'Чтобы искать «рядом», введите, пожалуйста, почтовый индекс.',
		'search.noticeUndo': 'Искать без этих фильтров'
	},
	uk: {
		'search.noticeNoWords': 'У «{q}» немає слова, за яким можна шукати, тому ми не показуємо пропозицій.',
		'search.noticeStages': 'Знайти пропозиції за етапом життя',
		'search.noticeSearched': 'Шукали',
		'search.noticeAll': 'усі пропозиції',
		'search.noticeLanguage': 'Мова',
		'search.noticeFree': 'лише безкоштовні пропозиції',
		'search.noticeNear': 'Щоб шукати «поруч», введіть, будь ласка, поштовий індекс.',
		'search.noticeUndo': 'Шукати без цих фільтрів'
	},
	pl: {
		'search.noticeNoWords': 'W „{q}” nie znaleźliśmy słowa, którego można szukać, dlatego nie pokazujemy ofert.',
		'search.noticeStages': 'Znajdź oferty według etapu życia',
		'search.noticeSearched': 'Szukano',
		'search.noticeAll': 'wszystkie oferty',
		'search.noticeLanguage': 'Język',
		'search.noticeFree': 'tylko bezpłatne oferty',
		'search.noticeNear': 'Aby szukać „w pobliżu”, podaj kod pocztowy.',
		'search.noticeUndo': 'Szukaj bez tych filtrów'
	},
	fa: {
		'search.noticeNoWords':
			'در «{q}» کلمه‌ای پیدا نکردیم که بتوانیم آن را جستجو کنیم، به همین دلیل هیچ خدماتی نشان نمی‌دهیم.',
		'search.noticeStages': 'پیدا کردن خدمات بر اساس مرحله زندگی',
		'search.noticeSearched': 'جستجو شده',
		'search.noticeAll': 'همه خدمات',
		'search.noticeLanguage': 'زبان',
		'search.noticeFree': 'فقط خدمات رایگان',
		'search.noticeNear': 'برای جستجوی «نزدیک من» لطفاً کد پستی خود را وارد کنید.',
		'search.noticeUndo': 'جستجو بدون این فیلترها'
	}
};
