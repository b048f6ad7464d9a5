import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers, type LifeStage, type OfferTranslation, type OfferType } from '$lib/server/db/schema';
import { refreshSearchWords } from '$lib/server/domains/offers/refresh-search-words';
import { makeNetwork } from './fixtures';

type FixtureOffer = {
	key: string;
	title: string;
	summary: string;
	type: OfferType;
	stages: LifeStage[];
	languages?: string[];
	costFree?: boolean;
	translations?: Record<string, OfferTranslation>;
};

/**
 * The ranking test's own offers (not the demo data): German texts as providers write them,
 * some with translations, invented providers. `key` names the offer in the ranking table.
 */
export const SEARCH_FIXTURE_OFFERS: FixtureOffer[] = [
	{
		key: 'hebamme',
		title: 'Hebammensprechstunde im Familienzentrum',
		summary:
			'Offene Sprechstunde der Hebamme für Schwangere und junge Mütter: Fragen zu Geburt, Wochenbett und Stillen.',
		type: 'sprechstunde',
		stages: ['schwangerschaft', '0-1'],
		languages: ['de', 'tr'],
		translations: {
			tr: {
				title: 'Ebe danışma saati',
				summary: 'Hamile kadınlar ve yeni anneler için ebe danışma saati: doğum, lohusalık ve emzirme.'
			},
			en: {
				title: 'Midwife drop-in hours',
				summary: 'Open consultation with a midwife for pregnant women and new mothers.'
			},
			ar: { title: 'ساعة استشارة القابلة', summary: 'استشارة مفتوحة مع القابلة للحوامل والأمهات الجدد.' }
		}
	},
	{
		key: 'familienhebamme',
		title: 'Familienhebamme – Besuche zu Hause',
		summary: 'Die Familienhebamme begleitet Familien mit Säugling im ersten Lebensjahr bei Ihnen zu Hause.',
		type: 'hausbesuch',
		stages: ['0-1'],
		translations: {
			ru: {
				title: 'Семейная акушерка – визиты на дом',
				summary: 'Семейная акушерка сопровождает семьи с младенцем в первый год жизни.'
			},
			uk: {
				title: 'Сімейна акушерка – візити додому',
				summary: 'Сімейна акушерка супроводжує родини з немовлям у перший рік.'
			}
		}
	},
	{
		key: 'schreibaby',
		title: 'Schreibaby-Sprechstunde',
		summary: 'Beratung für Eltern, deren Baby viel schreit, schlecht schläft oder sich kaum beruhigen lässt.',
		type: 'beratung',
		stages: ['0-1'],
		translations: {
			en: {
				title: 'Help for parents of crying babies',
				summary: 'Advice when your baby cries a lot and is hard to settle.'
			}
		}
	},
	{
		key: 'kinderarzt',
		title: 'Kinderärztliche Sprechstunde mit Dolmetscherin',
		summary:
			'Kinderarztpraxis Dr. Beispiel: Vorsorgeuntersuchungen und Impfungen, mit Dolmetscherin für Arabisch und Persisch.',
		type: 'sprechstunde',
		stages: ['0-1', '1-3', 'kita'],
		languages: ['de', 'ar', 'fa'],
		translations: {
			ar: { title: 'عيادة طبيب الأطفال مع مترجمة', summary: 'فحوصات دورية وتطعيمات للأطفال مع مترجمة.' },
			fa: { title: 'ساعت مشاوره پزشک کودک با مترجم', summary: 'معاینات دوره‌ای و واکسیناسیون کودکان با مترجم.' }
		}
	},
	{
		key: 'stillen',
		title: 'Stillcafé',
		summary: 'Austausch und Beratung rund ums Stillen mit einer Still- und Laktationsberaterin.',
		type: 'gruppe',
		stages: ['0-1'],
		translations: {
			pl: { title: 'Kawiarnia dla mam karmiących', summary: 'Rozmowy i porady na temat karmienia piersią.' }
		}
	},
	{
		key: 'elterngeld',
		title: 'Beratung zu Elterngeld und Kindergeld',
		summary: 'Wir helfen beim Antrag auf Elterngeld, Kindergeld und Kinderzuschlag.',
		type: 'beratung',
		stages: ['schwangerschaft', '0-1'],
		languages: ['de', 'ru', 'uk'],
		translations: {
			ru: {
				title: 'Консультация по элтернгельду и детскому пособию',
				summary: 'Помогаем подать заявление на пособие родителям и детское пособие.'
			},
			uk: {
				title: 'Консультація щодо батьківської та дитячої допомоги',
				summary: 'Допомагаємо із заявою на батьківську допомогу.'
			}
		}
	},
	{
		key: 'kita',
		title: 'Kita-Platz-Vermittlung',
		summary: 'Wir beraten Sie bei der Suche nach einem Platz in Krippe oder Kindertagesstätte und bei der Anmeldung.',
		type: 'beratung',
		stages: ['1-3', 'kita'],
		translations: {
			tr: { title: 'Kreş yeri danışmanlığı', summary: 'Kreş ve anaokulu yeri aramada ve kayıtta destek.' }
		}
	},
	{
		key: 'tagespflege',
		title: 'Kindertagespflege – Vermittlung',
		summary: 'Vermittlung von Tagesmüttern und Tagesvätern für Kinder unter drei Jahren.',
		type: 'beratung',
		stages: ['0-1', '1-3']
	},
	{
		key: 'sucht',
		title: 'Beratung bei Sucht in der Familie',
		summary:
			'Vertrauliche Suchtberatung für Eltern und Angehörige, wenn Alkohol oder Drogen das Familienleben belasten.',
		type: 'beratung',
		stages: ['uebergreifend'],
		translations: {
			en: {
				title: 'Addiction counselling for families',
				summary: 'Confidential help when alcohol or drugs affect family life.'
			}
		}
	},
	{
		key: 'gewalt',
		title: 'Beratung bei häuslicher Gewalt',
		summary: 'Schutz und Beratung für Frauen und Kinder, die Gewalt erleben. Auf Wunsch anonym.',
		type: 'beratung',
		stages: ['uebergreifend'],
		languages: ['de', 'tr', 'ar'],
		translations: {
			tr: {
				title: 'Aile içi şiddet danışmanlığı',
				summary: 'Şiddet yaşayan kadınlar ve çocuklar için koruma ve danışmanlık.'
			},
			ar: { title: 'استشارة في حالات العنف الأسري', summary: 'حماية واستشارة للنساء والأطفال الذين يتعرضون للعنف.' }
		}
	},
	{
		key: 'depression',
		title: 'Gesprächsgruppe für Mütter mit Wochenbettdepression',
		summary:
			'Wenn die Freude nach der Geburt ausbleibt: Austausch mit anderen Müttern, begleitet von einer Psychologin.',
		type: 'gruppe',
		stages: ['0-1'],
		translations: {
			en: { title: 'Support group for postnatal depression', summary: 'For mothers who feel low after birth.' },
			ru: { title: 'Группа поддержки при послеродовой депрессии', summary: 'Для мам, которым тяжело после родов.' }
		}
	},
	{
		key: 'vater',
		title: 'Vater-Kind-Treff am Samstag',
		summary: 'Väter und ihre Kinder spielen, kochen und toben zusammen.',
		type: 'gruppe',
		stages: ['1-3', 'kita', 'grundschule']
	},
	{
		key: 'hausaufgaben',
		title: 'Hausaufgabenhilfe im Stadtteiltreff',
		summary: 'Ehrenamtliche helfen Grundschulkindern bei den Hausaufgaben, montags bis donnerstags.',
		type: 'gruppe',
		stages: ['grundschule'],
		translations: {
			ar: { title: 'مساعدة في الواجبات المدرسية', summary: 'متطوعون يساعدون أطفال المدرسة الابتدائية في الواجبات.' }
		}
	},
	{
		key: 'turnen',
		title: 'Eltern-Kind-Turnen',
		summary: 'Bewegung, Klettern und Spiele für Kinder ab 18 Monaten mit Mama oder Papa im Sportverein.',
		type: 'kurs',
		stages: ['1-3', 'kita'],
		costFree: false
	},
	{
		key: 'krabbel',
		title: 'Krabbelgruppe „Kleine Entdecker“',
		summary: 'Spielen und Austausch für Eltern mit Kindern von 6 bis 18 Monaten.',
		type: 'gruppe',
		stages: ['0-1', '1-3']
	},
	{
		key: 'babymassage',
		title: 'Babymassage-Kurs',
		summary: 'Sanfte Berührung für Babys von 6 Wochen bis 6 Monaten, fünf Termine.',
		type: 'kurs',
		stages: ['0-1'],
		costFree: false
	},
	{
		key: 'erziehung',
		title: 'Erziehungsberatungsstelle',
		summary: 'Beratung für Eltern bei Fragen zu Erziehung, Trotz, Streit und Trennung.',
		type: 'beratung',
		stages: ['uebergreifend'],
		languages: ['de', 'en', 'pl'],
		translations: {
			pl: { title: 'Poradnia wychowawcza', summary: 'Porady dla rodziców w sprawach wychowania, kłótni i rozstania.' }
		}
	},
	{
		key: 'schwanger',
		title: 'Schwangerschaftsberatung',
		summary: 'Beratung in der Schwangerschaft: finanzielle Hilfen, Rechte am Arbeitsplatz, Schwangerschaftskonflikt.',
		type: 'beratung',
		stages: ['schwangerschaft'],
		languages: ['de', 'fa', 'ar'],
		translations: {
			fa: { title: 'مشاوره بارداری', summary: 'مشاوره در دوران بارداری: کمک های مالی و حقوق در محل کار.' },
			ar: { title: 'استشارة الحمل', summary: 'استشارة أثناء الحمل: مساعدات مالية وحقوق في العمل.' }
		}
	},
	{
		key: 'geburtsvorbereitung',
		title: 'Geburtsvorbereitungskurs für Paare',
		summary: 'Sieben Abende zur Vorbereitung auf die Geburt, mit Hebamme.',
		type: 'kurs',
		stages: ['schwangerschaft'],
		costFree: false
	},
	{
		key: 'fruehfoerderung',
		title: 'Interdisziplinäre Frühförderstelle',
		summary: 'Frühförderung für Kinder mit Entwicklungsverzögerung oder Behinderung, von Geburt bis Schuleintritt.',
		type: 'beratung',
		stages: ['0-1', '1-3', 'kita']
	},
	{
		key: 'sprachkurs',
		title: 'Deutschkurs mit Kinderbetreuung',
		summary: 'Deutsch lernen am Vormittag, die Kleinen werden nebenan betreut.',
		type: 'kurs',
		stages: ['uebergreifend'],
		languages: ['de', 'ar', 'uk', 'tr'],
		translations: {
			uk: { title: 'Курс німецької з доглядом за дітьми', summary: 'Вивчайте німецьку, поки малюки під наглядом.' }
		}
	},
	{
		key: 'schulden',
		title: 'Schuldnerberatung für Familien',
		summary: 'Hilfe bei Schulden, Mietrückständen und Geldsorgen.',
		type: 'beratung',
		stages: ['uebergreifend']
	},
	{
		key: 'willkommen',
		title: 'Willkommensbesuch für Neugeborene',
		summary: 'Eine Mitarbeiterin besucht Familien nach der Geburt und bringt Informationen und ein kleines Geschenk.',
		type: 'hausbesuch',
		stages: ['0-1']
	},
	{
		key: 'familiencafe',
		title: 'Internationales Familiencafé',
		summary: 'Treffpunkt für Familien aus aller Welt, mit Frühstück und Kinderecke.',
		type: 'gruppe',
		stages: ['uebergreifend'],
		languages: ['de', 'tr', 'ar', 'ru']
	},
	{
		key: 'babyschwimmen',
		title: 'Babyschwimmen',
		summary: 'Wassergewöhnung für Babys ab drei Monaten im Hallenbad.',
		type: 'kurs',
		stages: ['0-1'],
		costFree: false
	},
	{
		key: 'logopaedie',
		title: 'Sprachförderung im Vorschulalter',
		summary: 'Logopädische Beratung, wenn Ihr Kind spät oder undeutlich spricht.',
		type: 'beratung',
		stages: ['kita']
	},
	{
		key: 'fluechtlinge',
		title: 'Beratung für geflüchtete Familien',
		summary: 'Unterstützung bei Asyl, Aufenthalt, Behörden und Wohnungssuche.',
		type: 'beratung',
		stages: ['uebergreifend'],
		languages: ['de', 'ar', 'fa', 'uk', 'ru'],
		translations: {
			fa: { title: 'مشاوره برای خانواده های پناهنده', summary: 'حمایت در امور پناهندگی، اقامت و پیدا کردن خانه.' }
		}
	},
	{
		key: 'zwillinge',
		title: 'Zwillingstreff',
		summary: 'Austausch für Eltern von Zwillingen und Mehrlingen.',
		type: 'gruppe',
		stages: ['0-1', '1-3']
	},
	{
		key: 'alleinerziehend',
		title: 'Treff für Alleinerziehende',
		summary: 'Austausch, Beratung und Kinderbetreuung für Mütter und Väter, die allein erziehen.',
		type: 'gruppe',
		stages: ['uebergreifend']
	},
	{
		key: 'kinderschutz',
		title: 'Kinderschutz-Beratung',
		summary: 'Fachberatung, wenn Sie sich Sorgen um das Wohl eines Kindes machen.',
		type: 'beratung',
		stages: ['uebergreifend']
	},
	// Offers for the thesaurus rows (health, money and authorities, care, crisis).
	{
		key: 'impfung',
		title: 'Impfsprechstunde im Gesundheitsamt',
		summary: 'Beratung zu Impfungen für Säuglinge und Kleinkinder, Kontrolle des Impfpasses, Nachholimpfungen.',
		type: 'sprechstunde',
		stages: ['0-1', '1-3', 'kita'],
		languages: ['de', 'tr', 'ru'],
		translations: {
			tr: {
				title: 'Sağlık dairesinde aşı danışma saati',
				summary: 'Bebekler ve küçük çocuklar için aşı danışmanlığı, aşı kartı kontrolü.'
			}
		}
	},
	{
		key: 'zahn',
		title: 'Zahnputzschule und kinderzahnärztliche Beratung',
		summary: 'Tipps zur Zahnpflege vom ersten Zahn an und Kontrolle der Milchzähne.',
		type: 'beratung',
		stages: ['0-1', '1-3', 'kita']
	},
	{
		key: 'unterhalt',
		title: 'Beistandschaft und Unterhaltsvorschuss',
		summary:
			'Das Jugendamt hilft Alleinerziehenden, Unterhalt für das Kind geltend zu machen und die Vaterschaft feststellen zu lassen.',
		type: 'beratung',
		stages: ['uebergreifend'],
		translations: {
			uk: {
				title: 'Допомога з аліментами',
				summary: 'Служба у справах дітей допомагає одиноким батькам отримати аліменти.'
			}
		}
	},
	{
		key: 'bildungspaket',
		title: 'Beratung zum Bildungspaket',
		summary: 'Zuschüsse für Klassenfahrten, Schulbedarf und das Mittagessen in Kita und Schule.',
		type: 'beratung',
		stages: ['kita', 'grundschule']
	},
	{
		key: 'leihoma',
		title: 'Wunschgroßeltern-Vermittlung',
		summary:
			'Ehrenamtliche Seniorinnen und Senioren verbringen als Leihoma oder Leihopa regelmäßig Zeit mit Ihrem Kind.',
		type: 'hausbesuch',
		stages: ['0-1', '1-3', 'kita', 'grundschule']
	},
	{
		key: 'notbetreuung',
		title: 'Notfall-Kinderbetreuung',
		summary: 'Kurzfristige Betreuung zu Hause, wenn Eltern krank werden oder ins Krankenhaus müssen.',
		type: 'hausbesuch',
		stages: ['0-1', '1-3', 'kita', 'grundschule']
	},
	{
		key: 'babysitter',
		title: 'Babysitterdienst des Familienzentrums',
		summary: 'Geschulte Babysitterinnen für Abende und Wochenenden, auch kurzfristig.',
		type: 'beratung',
		stages: ['0-1', '1-3', 'kita'],
		costFree: false
	},
	{
		key: 'pekip',
		title: 'PEKiP-Gruppe für Babys ab sechs Wochen',
		summary: 'Spiel- und Bewegungsanregungen nach dem Prager Eltern-Kind-Programm, in kleiner Gruppe.',
		type: 'gruppe',
		stages: ['0-1'],
		costFree: false
	},
	{
		key: 'bibliothek',
		title: 'Vorlesestunde in der Stadtbibliothek',
		summary: 'Bilderbücher, Fingerspiele und Reime für Kinder von 1 bis 4 Jahren, jeden Dienstag.',
		type: 'gruppe',
		stages: ['1-3', 'kita'],
		translations: {
			en: { title: 'Story time at the city library', summary: 'Picture books and rhymes for children aged 1 to 4.' }
		}
	},
	{
		key: 'wohnung',
		title: 'Hilfe bei drohendem Wohnungsverlust',
		summary: 'Beratung bei Räumungsklage und Kündigung, Vermittlung in Notunterkünfte.',
		type: 'beratung',
		stages: ['uebergreifend']
	},
	{
		key: 'krise',
		title: 'Krisendienst – rund um die Uhr erreichbar',
		summary: 'Telefonische und persönliche Hilfe in seelischen Krisen, bei Suizidgedanken und Verzweiflung.',
		type: 'beratung',
		stages: ['uebergreifend'],
		languages: ['de', 'ar'],
		translations: {
			ar: {
				title: 'خدمة الأزمات على مدار الساعة',
				summary: 'مساعدة هاتفية وشخصية في الأزمات النفسية وعند التفكير في الانتحار.'
			}
		}
	},
	{
		key: 'neurodermitis',
		title: 'Neurodermitis-Schulung für Eltern',
		summary: 'Wie Sie die empfindliche Haut von Babys und Kleinkindern pflegen und Juckreiz lindern.',
		type: 'kurs',
		stages: ['0-1', '1-3', 'kita']
	},
	{
		key: 'fruehchen',
		title: 'Elterngruppe für Frühchen-Familien',
		summary: 'Austausch für Eltern von zu früh geborenen Kindern, begleitet von einer Kinderkrankenschwester.',
		type: 'gruppe',
		stages: ['0-1', '1-3'],
		languages: ['de', 'ru'],
		translations: {
			ru: {
				title: 'Группа для родителей недоношенных детей',
				summary: 'Встречи для семей, чьи дети родились раньше срока.'
			}
		}
	},
	{
		key: 'beikost',
		title: 'Der erste Brei – Beikost-Kurs',
		summary: 'Wann und wie Ihr Baby mit fester Nahrung beginnt: Gemüsebrei und Fingerfood.',
		type: 'kurs',
		stages: ['0-1'],
		costFree: false
	},
	{
		key: 'schlaf',
		title: 'Schlafberatung für Eltern von Babys und Kleinkindern',
		summary: 'Wenn Ihr Kind schwer einschläft oder oft aufwacht: Beratung zu Schlafrhythmus und Einschlafritualen.',
		type: 'beratung',
		stages: ['0-1', '1-3'],
		translations: {
			ru: {
				title: 'Консультация по сну для родителей малышей',
				summary: 'Если ребенок плохо засыпает или часто просыпается.'
			}
		}
	},
	{
		key: 'jobcenter',
		title: 'Jobcenter-Lotsen',
		summary: 'Wir erklären Briefe vom Amt, helfen beim Bürgergeld-Antrag und begleiten Sie zu Terminen.',
		type: 'beratung',
		stages: ['uebergreifend'],
		languages: ['de', 'ar', 'fa'],
		translations: {
			ar: {
				title: 'مرشدو الجوب سنتر',
				summary: 'نشرح رسائل الدوائر الرسمية ونساعد في طلب البورغرغيلد ونرافقكم إلى المواعيد.'
			}
		}
	},
	{
		key: 'sauberkeit',
		title: 'Elternabend: Trocken werden ohne Druck',
		summary: 'Wie Kinder Schritt für Schritt von der Windel zum Töpfchen und zur Toilette finden.',
		type: 'kurs',
		stages: ['1-3', 'kita']
	},
	{
		key: 'ergotherapie',
		title: 'Praxis für Ergotherapie bei Kindern',
		summary: 'Förderung von Feinmotorik, Grobmotorik und Wahrnehmung, auf ärztliche Verordnung.',
		type: 'beratung',
		stages: ['kita', 'grundschule']
	}
];

/** A fresh network with the fixture offers (published, verified now) and its lexicon; returns keys → ids. */
export async function seedSearchFixtures(db: Db) {
	const network = await makeNetwork(db);
	const ids = await withSystem(db, async (tx) => {
		const rows = await tx
			.insert(offers)
			.values(
				SEARCH_FIXTURE_OFFERS.map((o) => ({
					networkId: network.id,
					title: o.title,
					summary: o.summary,
					offerType: o.type,
					lifeStages: o.stages,
					languages: o.languages ?? ['de'],
					costFree: o.costFree ?? true,
					translations: o.translations ?? {},
					status: 'published' as const,
					verifiedAt: new Date()
				}))
			)
			.returning({ id: offers.id, title: offers.title });
		await refreshSearchWords(tx, network.id);
		return new Map(rows.map((r) => [SEARCH_FIXTURE_OFFERS.find((o) => o.title === r.title)!.key, r.id]));
	});
	return { network, ids };
}
