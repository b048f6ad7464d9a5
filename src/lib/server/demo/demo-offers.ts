import type { AccessibilityFeature, LifeStage, OfferType, PreventionLevel } from '$lib/server/db/schema';

/**
 * Offer templates for the demo networks. Each network gets every template in one
 * or more districts, with invented providers and fictional phone numbers.
 */
export type OfferTemplate = {
	title: string;
	summary: string;
	description: string;
	provider: string;
	lifeStages: LifeStage[];
	topics: string[];
	type: OfferType;
	prevention: PreventionLevel;
	languages: string[];
	costFree: boolean;
	costText?: string;
	accessibility: AccessibilityFeature[];
	registration: boolean;
	hours?: [number, string, string][];
	/** How many districts offer it (1 = only the first matching district). */
	spread: number;
	translations?: Record<string, { title: string; summary: string; description?: string }>;
};

/** Translations of some demo offers, to show translated offer texts and the fallback note. */
export const DEMO_TRANSLATIONS: Record<string, OfferTemplate['translations']> = {
	Hebammensprechstunde: {
		en: {
			title: 'Midwife consultation hours',
			summary: 'Drop-in consultation for pregnant women and new parents without their own midwife.'
		},
		tr: {
			title: 'Ebe danışma saati',
			summary: 'Kendi ebesi olmayan hamileler ve yeni ebeveynler için randevusuz danışma saati.'
		},
		ar: {
			title: 'ساعات استشارة القابلة',
			summary: 'استشارة مفتوحة دون موعد للحوامل والآباء الجدد الذين ليس لديهم قابلة.'
		}
	},
	Elterncafé: {
		en: {
			title: 'Parents’ café',
			summary: 'Meeting place for parents with babies and toddlers: exchange, breakfast and professionals to ask.'
		},
		tr: {
			title: 'Ebeveyn kafesi',
			summary:
				'Bebekli ve küçük çocuklu ebeveynler için buluşma yeri: sohbet, kahvaltı ve soru sorabileceğiniz uzmanlar.'
		},
		ar: {
			title: 'مقهى الوالدين',
			summary: 'مكان لقاء للآباء مع الرضع والأطفال الصغار: تبادل الخبرات وفطور ومختصون للإجابة على الأسئلة.'
		}
	},
	'Schreibaby-Beratung': {
		en: {
			title: 'Help for babies who cry a lot',
			summary: 'Help if your baby cries a lot, sleeps badly or is hard to calm down.'
		},
		ar: {
			title: 'استشارة للرضع كثيري البكاء',
			summary: 'مساعدة إذا كان طفلك يبكي كثيرًا أو ينام بشكل سيئ أو يصعب تهدئته.'
		}
	},
	'Sprachkurs mit Kinderbetreuung': {
		en: {
			title: 'Language course with childcare',
			summary: 'Learn German in the morning while your children are looked after next door.'
		},
		tr: { title: 'Çocuk bakımlı dil kursu', summary: 'Çocuklarınız yan odada bakılırken sabahları Almanca öğrenin.' },
		ar: { title: 'دورة لغة مع رعاية الأطفال', summary: 'تعلّم الألمانية صباحًا بينما يُعتنى بأطفالك في الغرفة المجاورة.' },
		fa: {
			title: 'کلاس زبان همراه با نگهداری کودک',
			summary: 'صبح‌ها آلمانی یاد بگیرید، در حالی که از کودکانتان در اتاق کناری نگهداری می‌شود.'
		}
	}
};

export const OFFER_TEMPLATES: OfferTemplate[] = [
	{
		title: 'Hebammensprechstunde',
		summary: 'Offene Sprechstunde für Schwangere und junge Eltern ohne eigene Hebamme.',
		description:
			'Eine Hebamme beantwortet Fragen zu Schwangerschaft, Geburt, Stillen und den ersten Wochen mit dem Baby. Ohne Termin, auch für Familien ohne Krankenversicherung.',
		provider: 'Hebammenpraxis',
		lifeStages: ['schwangerschaft', '0-1'],
		topics: ['schwangerschaft-geburt', 'gesundheit'],
		type: 'sprechstunde',
		prevention: 'universell',
		languages: ['de', 'en'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: false,
		hours: [
			[2, '10:00', '12:00'],
			[4, '14:00', '16:00']
		],
		spread: 3
	},
	{
		title: 'Familienhebamme – Hausbesuche',
		summary: 'Familienhebammen begleiten Familien in belastenden Lebenslagen bis zum ersten Geburtstag zu Hause.',
		description:
			'Die Familienhebamme kommt regelmäßig zu Ihnen nach Hause, unterstützt bei Pflege, Ernährung und Entwicklung des Babys und hilft, Wege zu weiteren Hilfen zu finden.',
		provider: 'Familienhebammen-Dienst',
		lifeStages: ['schwangerschaft', '0-1'],
		topics: ['schwangerschaft-geburt', 'gesundheit', 'beratung-krisen'],
		type: 'hausbesuch',
		prevention: 'selektiv',
		languages: ['de', 'tr', 'ar'],
		costFree: true,
		accessibility: [],
		registration: true,
		spread: 2
	},
	{
		title: 'Schwangerschaftsberatung',
		summary: 'Vertrauliche Beratung rund um Schwangerschaft, finanzielle Hilfen und Schwangerschaftskonflikt.',
		description:
			'Wir beraten kostenlos und auf Wunsch anonym: zu Mutterschutz, Elterngeld, Stiftungsmitteln, Partnerschaft und zu allen Fragen im Schwangerschaftskonflikt.',
		provider: 'Schwangerschaftsberatungsstelle',
		lifeStages: ['schwangerschaft'],
		topics: ['schwangerschaft-geburt', 'finanzen-behoerden', 'beratung-krisen'],
		type: 'beratung',
		prevention: 'universell',
		languages: ['de', 'en', 'ru', 'uk'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: true,
		hours: [
			[1, '09:00', '12:00'],
			[3, '13:00', '17:00']
		],
		spread: 2
	},
	{
		title: 'Elterncafé',
		summary: 'Treffpunkt für Eltern mit Babys und Kleinkindern: Austausch, Frühstück und Fachleute zum Fragen.',
		description:
			'Jeden Mittwoch kommen Eltern mit ihren Kindern zusammen. Eine Fachkraft aus der Familienbildung ist da, ab und zu kommen Gäste aus Hebammenpraxis, Kinderarztpraxis oder Erziehungsberatung.',
		provider: 'Familienzentrum',
		lifeStages: ['0-1', '1-3'],
		topics: ['freizeit-begegnung', 'erziehung-familienalltag'],
		type: 'gruppe',
		prevention: 'universell',
		languages: ['de', 'tr'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: false,
		hours: [[3, '09:30', '11:30']],
		spread: 4
	},
	{
		title: 'Krabbelgruppe',
		summary: 'Spielen, singen und Kontakte knüpfen für Kinder von 6 bis 18 Monaten und ihre Eltern.',
		description:
			'In der Krabbelgruppe entdecken die Kinder Spielmaterial, die Eltern tauschen sich aus. Eine Kursleitung gibt Anregungen für Entwicklung und Alltag.',
		provider: 'Familienbildungsstätte',
		lifeStages: ['0-1', '1-3'],
		topics: ['freizeit-begegnung', 'entwicklung-foerderung'],
		type: 'gruppe',
		prevention: 'universell',
		languages: ['de'],
		costFree: false,
		costText: '3 € pro Treffen, ermäßigt kostenlos',
		accessibility: ['stufenlos'],
		registration: true,
		hours: [
			[2, '09:30', '11:00'],
			[5, '09:30', '11:00']
		],
		spread: 4
	},
	{
		title: 'Babymassage',
		summary: 'Kurs über fünf Termine: sanfte Massage für Babys von 6 Wochen bis 6 Monaten.',
		description:
			'Babymassage stärkt die Bindung, beruhigt und hilft bei Bauchweh. Bitte Handtuch und Decke mitbringen.',
		provider: 'Familienbildungsstätte',
		lifeStages: ['0-1'],
		topics: ['gesundheit', 'entwicklung-foerderung'],
		type: 'kurs',
		prevention: 'universell',
		languages: ['de', 'en'],
		costFree: false,
		costText: '25 € für fünf Termine',
		accessibility: ['stufenlos'],
		registration: true,
		spread: 2
	},
	{
		title: 'Schreibaby-Beratung',
		summary: 'Hilfe, wenn Ihr Baby viel schreit, schlecht schläft oder schwer zu beruhigen ist.',
		description:
			'In der Schreiambulanz beraten Fachkräfte Eltern von Säuglingen und Kleinkindern mit Schrei-, Schlaf- und Fütterproblemen. Auch Hausbesuche sind möglich.',
		provider: 'Beratungsstelle für Eltern, Kinder und Jugendliche',
		lifeStages: ['0-1', '1-3'],
		topics: ['gesundheit', 'beratung-krisen'],
		type: 'beratung',
		prevention: 'selektiv',
		languages: ['de', 'en', 'ar'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: true,
		hours: [
			[1, '08:30', '12:30'],
			[4, '13:00', '16:00']
		],
		spread: 1
	},
	{
		title: 'Frühförderung',
		summary: 'Förderung und Beratung für Kinder mit Entwicklungsverzögerung oder Behinderung bis zum Schuleintritt.',
		description:
			'Heilpädagoginnen und Therapeuten fördern Ihr Kind in der Frühförderstelle oder zu Hause. Eine Verordnung ist für das Erstgespräch nicht nötig.',
		provider: 'Frühförderstelle',
		lifeStages: ['0-1', '1-3', 'kita'],
		topics: ['entwicklung-foerderung', 'gesundheit'],
		type: 'beratung',
		prevention: 'indiziert',
		languages: ['de', 'tr', 'ru'],
		costFree: true,
		accessibility: ['stufenlos', 'wc', 'leichte_sprache'],
		registration: true,
		spread: 1
	},
	{
		title: 'Sprachkurs mit Kinderbetreuung',
		summary: 'Deutsch lernen am Vormittag, während die Kinder nebenan betreut werden.',
		description:
			'Integrationskurs für Mütter und Väter mit Kinderbetreuung im selben Haus. Einstieg jederzeit nach einem kurzen Gespräch.',
		provider: 'Migrationsberatung',
		lifeStages: ['0-1', '1-3', 'kita'],
		topics: ['sprache-integration', 'betreuung'],
		type: 'kurs',
		prevention: 'universell',
		languages: ['de', 'ar', 'fa', 'tr', 'uk', 'ru'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: true,
		hours: [
			[1, '09:00', '12:00'],
			[2, '09:00', '12:00'],
			[3, '09:00', '12:00']
		],
		spread: 2
	},
	{
		title: 'Erziehungsberatung',
		summary: 'Beratung für Eltern bei Fragen zu Erziehung, Entwicklung, Trennung und Konflikten in der Familie.',
		description:
			'Psychologinnen und Sozialpädagogen beraten vertraulich und kostenlos. Auch Online-Beratung ist möglich.',
		provider: 'Beratungsstelle für Eltern, Kinder und Jugendliche',
		lifeStages: ['1-3', 'kita', 'grundschule'],
		topics: ['erziehung-familienalltag', 'beratung-krisen'],
		type: 'beratung',
		prevention: 'selektiv',
		languages: ['de', 'en', 'pl'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: true,
		hours: [
			[1, '09:00', '16:00'],
			[2, '09:00', '16:00'],
			[4, '09:00', '18:00']
		],
		spread: 2
	},
	{
		title: 'Willkommensbesuch für Neugeborene',
		summary: 'Wir besuchen Sie nach der Geburt zu Hause, bringen Informationen und ein kleines Geschenk.',
		description:
			'Alle Familien mit einem neugeborenen Kind erhalten ein Angebot für einen Willkommensbesuch. Der Besuch ist freiwillig und kostenlos.',
		provider: 'Jugendamt – Frühe Hilfen',
		lifeStages: ['0-1'],
		topics: ['erziehung-familienalltag', 'finanzen-behoerden'],
		type: 'hausbesuch',
		prevention: 'universell',
		languages: ['de', 'en', 'tr', 'ar'],
		costFree: true,
		accessibility: [],
		registration: false,
		spread: 1
	},
	{
		title: 'Kinderarzt-Sprechstunde mit Dolmetschung',
		summary: 'Kinder- und Jugendarztpraxis mit Sprechstunde in mehreren Sprachen.',
		description:
			'Vorsorgeuntersuchungen (U1–U9), Impfungen und Beratung. Donnerstags mit Dolmetscherin für Arabisch und Farsi.',
		provider: 'Kinder- und Jugendarztpraxis',
		lifeStages: ['0-1', '1-3', 'kita', 'grundschule'],
		topics: ['gesundheit'],
		type: 'sprechstunde',
		prevention: 'universell',
		languages: ['de', 'ar', 'fa', 'en'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: true,
		hours: [
			[1, '08:00', '12:00'],
			[2, '08:00', '12:00'],
			[4, '14:00', '18:00']
		],
		spread: 3
	},
	{
		title: 'Familienzentrum – offene Beratung',
		summary: 'Ansprechpartner für alle Fragen rund um Familie, Kita und Hilfen im Stadtteil.',
		description: 'Das Familienzentrum vermittelt Beratung, Kurse und Betreuung und hilft beim Ausfüllen von Anträgen.',
		provider: 'Familienzentrum',
		lifeStages: ['uebergreifend', 'kita'],
		topics: ['erziehung-familienalltag', 'finanzen-behoerden', 'betreuung'],
		type: 'sprechstunde',
		prevention: 'universell',
		languages: ['de', 'tr', 'pl'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: false,
		hours: [
			[1, '14:00', '16:00'],
			[3, '09:00', '11:00']
		],
		spread: 4
	},
	{
		title: 'Kindertagespflege – Vermittlung',
		summary: 'Wir vermitteln Tagesmütter und Tagesväter für Kinder unter drei Jahren.',
		description: 'Beratung zu Betreuungsplätzen in der Kindertagespflege, Rechtsanspruch und Kosten.',
		provider: 'Fachberatung Kindertagespflege',
		lifeStages: ['0-1', '1-3'],
		topics: ['betreuung'],
		type: 'beratung',
		prevention: 'universell',
		languages: ['de', 'en'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: true,
		hours: [[2, '09:00', '12:00']],
		spread: 1
	},
	{
		title: 'Elterntelefon und Online-Beratung',
		summary: 'Anonyme Beratung am Telefon und im Chat, wenn der Familienalltag über den Kopf wächst.',
		description: 'Geschulte Beraterinnen hören zu und helfen weiter. Sie müssen Ihren Namen nicht nennen.',
		provider: 'Kinderschutzbund',
		lifeStages: ['uebergreifend'],
		topics: ['beratung-krisen', 'kinderschutz', 'erziehung-familienalltag'],
		type: 'telefon',
		prevention: 'universell',
		languages: ['de'],
		costFree: true,
		accessibility: ['gebaerdensprache'],
		registration: false,
		hours: [
			[1, '09:00', '17:00'],
			[2, '09:00', '17:00'],
			[3, '09:00', '17:00'],
			[4, '09:00', '19:00']
		],
		spread: 1
	},
	{
		title: 'Beratung bei Gewalt in der Familie',
		summary: 'Schutz und Beratung für Frauen und ihre Kinder, auch sofort und anonym.',
		description:
			'Das Frauenhaus und die Beratungsstelle helfen bei häuslicher Gewalt, vermitteln einen sicheren Platz und begleiten zu Behörden.',
		provider: 'Frauenberatung',
		lifeStages: ['uebergreifend'],
		topics: ['beratung-krisen', 'kinderschutz'],
		type: 'beratung',
		prevention: 'indiziert',
		languages: ['de', 'en', 'tr', 'ar', 'fa', 'ru'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: false,
		spread: 1
	},
	{
		title: 'Beratung zu Elterngeld und Kindergeld',
		summary: 'Hilfe bei Anträgen für Elterngeld, Kindergeld, Kinderzuschlag und Wohngeld.',
		description: 'Wir prüfen mit Ihnen, welche Leistungen Ihnen zustehen, und helfen beim Ausfüllen.',
		provider: 'Sozialberatung',
		lifeStages: ['schwangerschaft', '0-1', 'uebergreifend'],
		topics: ['finanzen-behoerden'],
		type: 'beratung',
		prevention: 'universell',
		languages: ['de', 'ru', 'uk', 'pl'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: true,
		hours: [
			[2, '09:00', '12:00'],
			[4, '13:00', '16:00']
		],
		spread: 2
	},
	{
		title: 'Geburtsvorbereitungskurs',
		summary: 'Kurs für Schwangere und Partner: Geburt, Atmung, erste Tage mit dem Baby.',
		description: 'Acht Abende mit einer Hebamme. Die Kosten übernimmt die Krankenkasse für die Schwangere.',
		provider: 'Hebammenpraxis',
		lifeStages: ['schwangerschaft'],
		topics: ['schwangerschaft-geburt'],
		type: 'kurs',
		prevention: 'universell',
		languages: ['de', 'en'],
		costFree: false,
		costText: 'Partnergebühr 60 €',
		accessibility: ['stufenlos'],
		registration: true,
		spread: 2
	},
	{
		title: 'Stillgruppe',
		summary: 'Austausch und Hilfe rund ums Stillen mit einer Still- und Laktationsberaterin.',
		description: 'Offene Gruppe für stillende Mütter mit ihren Babys. Auch Fragen zu Beikost sind willkommen.',
		provider: 'Geburtsklinik',
		lifeStages: ['0-1'],
		topics: ['gesundheit', 'schwangerschaft-geburt'],
		type: 'gruppe',
		prevention: 'universell',
		languages: ['de'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: false,
		hours: [[5, '10:00', '11:30']],
		spread: 1
	},
	{
		title: 'Vater-Kind-Treff',
		summary: 'Samstags für Väter mit Kindern bis drei Jahren: spielen, basteln, austauschen.',
		description: 'Ein Treffpunkt nur für Väter, Opas und Onkel mit ihren Kleinen. Kaffee gibt es auch.',
		provider: 'Familienzentrum',
		lifeStages: ['0-1', '1-3'],
		topics: ['freizeit-begegnung', 'erziehung-familienalltag'],
		type: 'gruppe',
		prevention: 'universell',
		languages: ['de', 'tr'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: false,
		hours: [[6, '10:00', '12:00']],
		spread: 2
	},
	{
		title: 'Online-Elternkurs „Starke Eltern“',
		summary: 'Elternkurs im Videochat: gelassen bleiben, Grenzen setzen, Kinder stärken.',
		description: 'Sechs Abende per Videokonferenz. Sie brauchen nur ein Smartphone oder einen Computer.',
		provider: 'Kinderschutzbund',
		lifeStages: ['1-3', 'kita', 'grundschule'],
		topics: ['erziehung-familienalltag'],
		type: 'online',
		prevention: 'universell',
		languages: ['de'],
		costFree: false,
		costText: '20 €, ermäßigt kostenlos',
		accessibility: ['leichte_sprache'],
		registration: true,
		spread: 1
	},
	{
		title: 'Sprachförderung in der Kita',
		summary: 'Alltagsintegrierte Sprachförderung und Beratung der Eltern zu Mehrsprachigkeit.',
		description:
			'Fachkräfte für Sprache beraten Eltern, wie sie ihr Kind beim Sprechenlernen – in jeder Sprache – unterstützen.',
		provider: 'Kita',
		lifeStages: ['kita'],
		topics: ['sprache-integration', 'entwicklung-foerderung'],
		type: 'beratung',
		prevention: 'universell',
		languages: ['de', 'tr', 'ar', 'pl'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: false,
		spread: 3
	},
	{
		title: 'Hausaufgabenhilfe und Lernförderung',
		summary: 'Unterstützung bei den Hausaufgaben für Grundschulkinder am Nachmittag.',
		description:
			'Ehrenamtliche und Fachkräfte helfen beim Lernen. Für Familien mit Bildungs- und Teilhabepaket kostenlos.',
		provider: 'Stadtteiltreff',
		lifeStages: ['grundschule'],
		topics: ['entwicklung-foerderung', 'sprache-integration'],
		type: 'gruppe',
		prevention: 'universell',
		languages: ['de', 'ar', 'uk'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: true,
		hours: [
			[1, '14:00', '16:00'],
			[3, '14:00', '16:00']
		],
		spread: 2
	},
	{
		title: 'Beratung bei Sucht in der Familie',
		summary: 'Beratung für Eltern mit Sucht- oder Drogenproblemen und ihre Angehörigen.',
		description: 'Vertraulich, kostenlos und auf Wunsch anonym. Wir unterstützen, damit Kinder gut aufwachsen können.',
		provider: 'Sucht- und Drogenberatung',
		lifeStages: ['uebergreifend'],
		topics: ['beratung-krisen', 'gesundheit', 'kinderschutz'],
		type: 'beratung',
		prevention: 'indiziert',
		languages: ['de', 'ru', 'pl'],
		costFree: true,
		accessibility: ['stufenlos', 'wc'],
		registration: false,
		hours: [[2, '10:00', '18:00']],
		spread: 1
	},
	{
		title: 'Psychologische Beratung nach der Geburt',
		summary: 'Hilfe bei Erschöpfung, Ängsten oder Traurigkeit nach der Geburt (Wochenbettdepression).',
		description: 'Eine Psychologin berät Mütter und Väter in der Zeit nach der Geburt und vermittelt weitere Hilfen.',
		provider: 'Sozialpsychiatrischer Dienst',
		lifeStages: ['0-1'],
		topics: ['gesundheit', 'beratung-krisen'],
		type: 'beratung',
		prevention: 'selektiv',
		languages: ['de', 'en'],
		costFree: true,
		accessibility: ['stufenlos'],
		registration: true,
		spread: 1
	},
	{
		title: 'Eltern-Kind-Turnen',
		summary: 'Bewegung, Spiel und Spaß für Kinder von 1 bis 3 Jahren mit einem Elternteil.',
		description: 'Wöchentliches Turnen in der Sporthalle. Bitte bequeme Kleidung und Getränke mitbringen.',
		provider: 'Sportverein',
		lifeStages: ['1-3'],
		topics: ['freizeit-begegnung', 'gesundheit'],
		type: 'kurs',
		prevention: 'universell',
		languages: ['de'],
		costFree: false,
		costText: '30 € pro Halbjahr',
		accessibility: [],
		registration: true,
		hours: [[4, '15:30', '16:30']],
		spread: 2
	},
	{
		title: 'Kinderschutz-Fachberatung für Eltern',
		summary: 'Sie machen sich Sorgen um ein Kind? Wir beraten vertraulich, was Sie tun können.',
		description:
			'Fachkräfte des Kinderschutzes beraten Eltern, Verwandte und Nachbarn, wenn sie sich um das Wohl eines Kindes sorgen.',
		provider: 'Jugendamt – Frühe Hilfen',
		lifeStages: ['uebergreifend'],
		topics: ['kinderschutz', 'beratung-krisen'],
		type: 'telefon',
		prevention: 'indiziert',
		languages: ['de', 'en'],
		costFree: true,
		accessibility: [],
		registration: false,
		hours: [
			[1, '08:00', '16:00'],
			[2, '08:00', '16:00'],
			[3, '08:00', '16:00'],
			[4, '08:00', '16:00'],
			[5, '08:00', '13:00']
		],
		spread: 1
	}
];

/** Districts of each demo network: name, postcodes, approximate centre. */
export const DEMO_DISTRICTS: Record<string, { name: string; postcodes: string[]; lat: number; lng: number }[]> = {
	mettmann: [
		{ name: 'Mettmann-Mitte', postcodes: ['40822'], lat: 51.2506, lng: 6.9752 },
		{ name: 'Metzkausen', postcodes: ['40822'], lat: 51.2672, lng: 6.9466 },
		{ name: 'Mettmann-Süd', postcodes: ['40822'], lat: 51.2402, lng: 6.9799 },
		{ name: 'Obschwarzbach', postcodes: ['40822'], lat: 51.2693, lng: 7.0003 }
	],
	moenchengladbach: [
		{ name: 'Gladbach', postcodes: ['41061', '41063'], lat: 51.1946, lng: 6.4351 },
		{ name: 'Rheydt', postcodes: ['41236', '41238'], lat: 51.1627, lng: 6.4452 },
		{ name: 'Odenkirchen', postcodes: ['41199'], lat: 51.1367, lng: 6.4568 },
		{ name: 'Rheindahlen', postcodes: ['41179'], lat: 51.1577, lng: 6.3656 },
		{ name: 'Hardt', postcodes: ['41169'], lat: 51.1869, lng: 6.3525 }
	],
	sonneberg: [
		{ name: 'Stadt Sonneberg', postcodes: ['96515'], lat: 50.3594, lng: 11.1741 },
		{ name: 'Neuhaus am Rennweg', postcodes: ['98724'], lat: 50.5093, lng: 11.1379 },
		{ name: 'Schalkau', postcodes: ['96528'], lat: 50.3947, lng: 11.0082 },
		{ name: 'Föritztal', postcodes: ['96524'], lat: 50.3286, lng: 11.2336 }
	],
	herten: [
		{ name: 'Herten-Mitte', postcodes: ['45699'], lat: 51.5953, lng: 7.1393 },
		{ name: 'Westerholt', postcodes: ['45701'], lat: 51.6008, lng: 7.0915 },
		{ name: 'Scherlebeck', postcodes: ['45701'], lat: 51.6158, lng: 7.1286 },
		{ name: 'Disteln', postcodes: ['45699'], lat: 51.5826, lng: 7.1618 },
		{ name: 'Langenbochum', postcodes: ['45701'], lat: 51.6138, lng: 7.1094 }
	],
	wilhelmshaven: [
		{ name: 'Innenstadt', postcodes: ['26382'], lat: 53.5227, lng: 8.1059 },
		{ name: 'Heppens', postcodes: ['26384'], lat: 53.5316, lng: 8.0913 },
		{ name: 'Fedderwardergroden', postcodes: ['26388'], lat: 53.5636, lng: 8.0955 },
		{ name: 'Voslapp', postcodes: ['26388'], lat: 53.6005, lng: 8.1089 },
		{ name: 'Altengroden', postcodes: ['26386'], lat: 53.5421, lng: 8.0622 }
	]
};
