import type { LocaleCode } from '$lib/i18n/locales';

/** Every portal language but German: the languages a term is translated into. */
export type TargetLocale = Exclude<LocaleCode, 'de'>;
type Row = Record<TargetLocale, string>;

/**
 * Shipped translations of the default taxonomy's topic names and of the nationwide help
 * numbers' labels and notes, keyed by the German text (what the network stores). A network
 * that renamed a topic keeps its own German name until it enters translations itself.
 */
export const SHIPPED_TERM_TRANSLATIONS: Record<string, Row> = {
	'Schwangerschaft & Geburt': {
		leicht: 'Schwangerschaft und Geburt',
		en: 'Pregnancy & birth',
		tr: 'Hamilelik ve doğum',
		ar: 'الحمل والولادة',
		ru: 'Беременность и роды',
		uk: 'Вагітність і пологи',
		pl: 'Ciąża i poród',
		fa: 'بارداری و زایمان'
	},
	Gesundheit: {
		leicht: 'Gesundheit',
		en: 'Health',
		tr: 'Sağlık',
		ar: 'الصحة',
		ru: 'Здоровье',
		uk: 'Здоров’я',
		pl: 'Zdrowie',
		fa: 'سلامت'
	},
	'Entwicklung & Förderung': {
		leicht: 'Wie Kinder wachsen und lernen',
		en: 'Development & support',
		tr: 'Gelişim ve destek',
		ar: 'النمو والدعم',
		ru: 'Развитие и поддержка',
		uk: 'Розвиток і підтримка',
		pl: 'Rozwój i wsparcie',
		fa: 'رشد و حمایت'
	},
	'Erziehung & Familienalltag': {
		leicht: 'Erziehung und Familien-Alltag',
		en: 'Parenting & family life',
		tr: 'Çocuk eğitimi ve aile hayatı',
		ar: 'التربية والحياة العائلية',
		ru: 'Воспитание и семейная жизнь',
		uk: 'Виховання і сімейне життя',
		pl: 'Wychowanie i życie rodzinne',
		fa: 'تربیت و زندگی خانوادگی'
	},
	'Beratung in Krisen': {
		leicht: 'Hilfe in schweren Zeiten',
		en: 'Help in a crisis',
		tr: 'Kriz durumunda danışmanlık',
		ar: 'الاستشارة في الأزمات',
		ru: 'Помощь в кризисных ситуациях',
		uk: 'Допомога в кризових ситуаціях',
		pl: 'Pomoc w sytuacjach kryzysowych',
		fa: 'مشاوره در بحران'
	},
	'Finanzen & Behörden': {
		leicht: 'Geld und Ämter',
		en: 'Money & authorities',
		tr: 'Para ve resmi daireler',
		ar: 'المال والدوائر الرسمية',
		ru: 'Финансы и ведомства',
		uk: 'Фінанси та установи',
		pl: 'Finanse i urzędy',
		fa: 'امور مالی و ادارات'
	},
	'Sprache & Integration': {
		leicht: 'Sprache und Ankommen',
		en: 'Language & integration',
		tr: 'Dil ve uyum',
		ar: 'اللغة والاندماج',
		ru: 'Язык и интеграция',
		uk: 'Мова та інтеграція',
		pl: 'Język i integracja',
		fa: 'زبان و ادغام'
	},
	Betreuung: {
		leicht: 'Betreuung für Kinder',
		en: 'Childcare',
		tr: 'Çocuk bakımı',
		ar: 'رعاية الأطفال',
		ru: 'Присмотр за детьми',
		uk: 'Догляд за дітьми',
		pl: 'Opieka nad dziećmi',
		fa: 'نگهداری از کودک'
	},
	'Freizeit & Begegnung': {
		leicht: 'Freizeit und Treffen',
		en: 'Leisure & meeting others',
		tr: 'Boş zaman ve buluşma',
		ar: 'أوقات الفراغ واللقاءات',
		ru: 'Досуг и встречи',
		uk: 'Дозвілля та зустрічі',
		pl: 'Czas wolny i spotkania',
		fa: 'اوقات فراغت و دیدار'
	},
	Kinderschutz: {
		leicht: 'Kinder schützen',
		en: 'Child protection',
		tr: 'Çocuk koruma',
		ar: 'حماية الطفل',
		ru: 'Защита детей',
		uk: 'Захист дітей',
		pl: 'Ochrona dzieci',
		fa: 'حمایت از کودک'
	},
	'Hilfetelefon Schwangere in Not': {
		leicht: 'Hilfe-Telefon für Schwangere in Not',
		en: 'Helpline for pregnant women in distress',
		tr: 'Zor durumdaki hamileler için yardım hattı',
		ar: 'خط المساعدة للحوامل في ضائقة',
		ru: 'Телефон помощи беременным в беде',
		uk: 'Телефон допомоги вагітним у скрутному становищі',
		pl: 'Telefon pomocy dla kobiet w ciąży w trudnej sytuacji',
		fa: 'خط کمک برای زنان باردار در شرایط دشوار'
	},
	Elterntelefon: {
		leicht: 'Telefon für Eltern',
		en: 'Parents’ helpline',
		tr: 'Ebeveyn danışma hattı',
		ar: 'هاتف الوالدين',
		ru: 'Телефон доверия для родителей',
		uk: 'Телефон довіри для батьків',
		pl: 'Telefon zaufania dla rodziców',
		fa: 'خط تلفن والدین'
	},
	'Hilfetelefon Gewalt gegen Frauen': {
		leicht: 'Hilfe-Telefon bei Gewalt gegen Frauen',
		en: 'Violence against women helpline',
		tr: 'Kadına yönelik şiddet yardım hattı',
		ar: 'خط المساعدة لمناهضة العنف ضد المرأة',
		ru: 'Телефон помощи при насилии в отношении женщин',
		uk: 'Телефон допомоги при насильстві щодо жінок',
		pl: 'Telefon pomocy w przypadku przemocy wobec kobiet',
		fa: 'خط کمک خشونت علیه زنان'
	},
	Polizei: {
		leicht: 'Polizei',
		en: 'Police',
		tr: 'Polis',
		ar: 'الشرطة',
		ru: 'Полиция',
		uk: 'Поліція',
		pl: 'Policja',
		fa: 'پلیس'
	},
	'Feuerwehr und Rettungsdienst': {
		leicht: 'Feuerwehr und Kranken-Wagen',
		en: 'Fire brigade and ambulance',
		tr: 'İtfaiye ve ambulans',
		ar: 'الإطفاء والإسعاف',
		ru: 'Пожарная служба и скорая помощь',
		uk: 'Пожежна служба та швидка допомога',
		pl: 'Straż pożarna i pogotowie',
		fa: 'آتش‌نشانی و اورژانس'
	},
	'anonym, kostenlos, rund um die Uhr': {
		leicht: 'ohne Namen, kostenlos, Tag und Nacht',
		en: 'anonymous, free, around the clock',
		tr: 'anonim, ücretsiz, 7/24',
		ar: 'دون ذكر الاسم، مجانًا، على مدار الساعة',
		ru: 'анонимно, бесплатно, круглосуточно',
		uk: 'анонімно, безкоштовно, цілодобово',
		pl: 'anonimowo, bezpłatnie, całą dobę',
		fa: 'ناشناس، رایگان، شبانه‌روزی'
	},
	'anonym und kostenlos': {
		leicht: 'ohne Namen und kostenlos',
		en: 'anonymous and free',
		tr: 'anonim ve ücretsiz',
		ar: 'دون ذكر الاسم ومجانًا',
		ru: 'анонимно и бесплатно',
		uk: 'анонімно і безкоштовно',
		pl: 'anonimowo i bezpłatnie',
		fa: 'ناشناس و رایگان'
	},
	'rund um die Uhr, in vielen Sprachen': {
		leicht: 'Tag und Nacht, in vielen Sprachen',
		en: 'around the clock, in many languages',
		tr: '7/24, birçok dilde',
		ar: 'على مدار الساعة، بلغات كثيرة',
		ru: 'круглосуточно, на многих языках',
		uk: 'цілодобово, багатьма мовами',
		pl: 'całą dobę, w wielu językach',
		fa: 'شبانه‌روزی، به زبان‌های بسیار'
	}
};
