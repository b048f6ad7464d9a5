import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	eventQuestions,
	eventRegistrations,
	eventSessions,
	events,
	organisations,
	type EventTranslation,
	type QuestionKind,
	type RegistrationStatus
} from '$lib/server/db/schema';
import { newLinkToken } from '$lib/server/domains/shared/personal-link';
import { berlinDay, berlinInstant, addDays } from '$lib/server/domains/shared/time';

// Demo events of every network (issue 14): a Fachtag, a Fortbildung with Unterrichtseinheiten, an
// Infoabend, a Geburtsvorbereitungskurs with six sessions, a Babymassage-Kurs with one seat left, a
// family day, an online evening, a members-only meeting and a draft; some with questions, one full
// with a waiting list. All in the future relative to the day the demo data is loaded. Invented
// people with example.org addresses.

type DemoNetwork = { id: string; slug: string; municipality: string };
type Question = { kind: QuestionKind; label: string; choices?: string[]; required?: boolean };
type DemoEvent = Omit<typeof events.$inferInsert, 'networkId' | 'organisationId'> & {
	/** A member organisation whose name contains this (else the network organises it). */
	organiser?: RegExp;
	/** Sessions: days from the seed day, Berlin wall-clock start and end. */
	sessions: { inDays: number; start: string; end: string; place?: string; onlineUrl?: string }[];
	questions?: Question[];
	/** Registrations to create: seats taken (as persons per registration) and people waiting. */
	registered?: number;
	personsEach?: number;
	waiting?: number;
};

const FIRST = ['Anna', 'Ben', 'Clara', 'Deniz', 'Elif', 'Finn', 'Greta', 'Hamid', 'Ida', 'Jonas', 'Katja', 'Lukas'];
const LAST = ['Beispiel', 'Muster', 'Probe', 'Exempel', 'Testfeld', 'Demo', 'Platzhalter', 'Fiktiv'];

function person(i: number, slug: string) {
	const first = FIRST[i % FIRST.length]!;
	const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
	return {
		name: `${first} ${last}`,
		email: `${first.toLowerCase()}.${last.toLowerCase()}.${slug}.${i}@example.org`
	};
}

/** What every demo event of a network is written with. */
type Place = {
	town: string;
	slug: string;
	full: boolean;
	townHall: string;
	familyCentre: string;
	phone: (n: number) => string;
};

const fachtag = ({ town, slug, full, townHall, phone }: Place): DemoEvent => ({
	kind: 'fachtagung',
	audience: 'fachkraefte',
	title: full ? 'Frühe Hilfen im Sozialraum' : `Fachtag Frühe Hilfen ${town}: Kinder psychisch belasteter Eltern`,
	summary: full
		? 'Fachtagung für alle Netzwerkpartner: Wie erreichen Hilfen Familien dort, wo sie leben? Vorträge, Praxisbeispiele und Workshops.'
		: 'Vorträge und Workshops für Fachkräfte aus Gesundheitswesen, Jugendhilfe und Beratung.',
	description:
		'## Programm\n- 9:00 Ankommen und Begrüßung durch die Netzwerkkoordination\n- 9:30 Fachvortrag\n- 11:00 Praxisbeispiele aus dem Netzwerk\n- 13:30 Workshops\n- 15:30 Abschluss im Plenum\n\nDie Teilnahmebescheinigung erhalten Sie nach der Veranstaltung.',
	capacity: full ? 80 : 60,
	registered: full ? 80 : 24,
	waiting: full ? 4 : 0,
	costFree: true,
	trainingHours: '6',
	trainingUnit: 'ue',
	topics: ['kinderschutz', 'beratung-krisen'],
	accessibility: ['stufenlos', 'wc'],
	contactName: 'Netzwerkkoordination Frühe Hilfen',
	contactEmail: `fachtag.${slug}@example.org`,
	contactPhone: phone(120),
	sessions: [{ inDays: 40, start: '09:00', end: '16:00', place: townHall }],
	questions: [
		{
			kind: 'choice',
			label: 'Welchen Workshop am Nachmittag wählen Sie?',
			choices: [
				'Workshop A: Feinfühligkeit stärken',
				'Workshop B: Netzwerkarbeit im Stadtteil',
				'Workshop C: Schreibabys'
			],
			required: true
		},
		{ kind: 'yesno', label: 'Nehmen Sie am Mittagessen teil?', required: true },
		{ kind: 'text', label: 'Besondere Wünsche (zum Beispiel vegetarisches Essen)' }
	]
});

const fortbildung = ({ slug, full, townHall, phone }: Place): DemoEvent => ({
	kind: 'fortbildung',
	audience: 'fachkraefte',
	title: 'Kinderschutz nach § 8a SGB VIII – Grundlagen für Fachkräfte',
	summary:
		'Zweiteilige Fortbildung: gewichtige Anhaltspunkte erkennen, die insoweit erfahrene Fachkraft hinzuziehen, Gespräche mit Eltern führen.',
	description:
		'## Inhalte\n- Rechtliche Grundlagen (§ 8a SGB VIII, § 4 KKG)\n- Gefährdungseinschätzung im Team\n- Gesprächsführung mit Eltern\n\nBitte nehmen Sie an beiden Terminen teil.',
	capacity: 20,
	registered: full ? 17 : 20,
	waiting: full ? 0 : 3,
	costFree: false,
	feeCents: 4500,
	trainingHours: '8',
	trainingUnit: 'ue',
	topics: ['kinderschutz'],
	contactName: 'Netzwerkkoordination Frühe Hilfen',
	contactEmail: `fortbildung.${slug}@example.org`,
	contactPhone: phone(121),
	sessions: [
		{ inDays: 21, start: '09:00', end: '13:00', place: `${townHall}, Raum 2.14` },
		{ inDays: 28, start: '09:00', end: '13:00', place: `${townHall}, Raum 2.14` }
	],
	questions: [{ kind: 'text', label: 'In welchem Arbeitsfeld sind Sie tätig?', required: true }]
});

const infoabend = ({ slug, familyCentre, phone }: Place): DemoEvent => ({
	kind: 'infoabend',
	audience: 'familien',
	title: 'Infoabend „Rund um die Geburt“',
	summary:
		'Hebammen, Geburtsklinik und Frühe Hilfen stellen sich vor und beantworten Ihre Fragen – für werdende Eltern.',
	description:
		'Was gehört in die Kliniktasche? Welche Hilfen gibt es nach der Geburt? Wer hilft bei Anträgen? Bringen Sie Ihre Fragen mit. Eine Dolmetscherin für Türkisch ist da.',
	capacity: 30,
	registered: 9,
	personsEach: 2,
	costFree: true,
	languages: ['de', 'tr'],
	lifeStages: ['schwangerschaft'],
	topics: ['schwangerschaft-geburt', 'gesundheit'],
	accessibility: ['stufenlos'],
	contactName: 'Familienzentrum',
	contactEmail: `infoabend.${slug}@example.org`,
	contactPhone: phone(122),
	translations: {
		tr: {
			title: 'Bilgilendirme akşamı: Doğum hakkında her şey',
			summary:
				'Ebeler, doğum kliniği ve Erken Yardım ekibi kendini tanıtıyor ve sorularınızı yanıtlıyor – anne ve baba adayları için.'
		},
		en: {
			title: 'Information evening: all about birth',
			summary: 'Midwives, the maternity clinic and the early help team answer your questions – for expectant parents.'
		}
	},
	sessions: [{ inDays: 10, start: '19:00', end: '20:30', place: familyCentre }]
});

const geburtsvorbereitung = ({ town, slug, phone }: Place): DemoEvent => ({
	kind: 'kurs',
	audience: 'familien',
	organiser: /Hebamm|Geburtsklinik/,
	title: 'Geburtsvorbereitungskurs für Paare',
	summary: 'Sechs Abende zur Vorbereitung auf Geburt und erste Zeit mit dem Baby – mit Begleitperson.',
	description:
		'Atmung und Entspannung, Ablauf der Geburt, Stillen und Wochenbett. Die Kosten für die Schwangere übernimmt die Krankenkasse; für die Begleitperson fallen keine Kosten an.',
	capacity: 12,
	registered: 4,
	personsEach: 2,
	costFree: true,
	lifeStages: ['schwangerschaft'],
	topics: ['schwangerschaft-geburt'],
	contactName: 'Hebammenteam',
	contactEmail: `geburtsvorbereitung.${slug}@example.org`,
	contactPhone: phone(123),
	translations: {
		tr: {
			title: 'Çiftler için doğuma hazırlık kursu',
			summary: 'Doğuma ve bebekle ilk zamana hazırlık için altı akşam – refakatçiyle.'
		}
	},
	sessions: [14, 21, 28, 35, 42, 49].map((d) => ({
		inDays: d,
		start: '18:30',
		end: '20:30',
		place: `Hebammenpraxis ${town} (Beispiel), Kursraum`
	})),
	questions: [
		{ kind: 'text', label: 'Errechneter Geburtstermin', required: true },
		{ kind: 'yesno', label: 'Kommen Sie mit Begleitperson?' }
	]
});

const babymassage = ({ slug, familyCentre, phone }: Place): DemoEvent => ({
	kind: 'kurs',
	audience: 'familien',
	organiser: /Familienzentrum|Familienbildung|Familienunterst/,
	title: 'Babymassage-Kurs für Eltern mit Babys bis 6 Monate',
	summary: 'Vier Vormittage: sanfte Massage, die Ihrem Baby guttut und Sie beide zur Ruhe bringt.',
	description:
		'Bitte bringen Sie ein großes Handtuch und eine Decke mit. Das Massageöl stellen wir. Geschwisterkinder können leider nicht mitkommen.',
	capacity: 8,
	registered: 7,
	costFree: false,
	feeCents: 4000,
	lifeStages: ['0-1'],
	topics: ['gesundheit', 'entwicklung-foerderung'],
	languages: ['de', 'en'],
	accessibility: ['stufenlos', 'wc'],
	accessibilityNote: 'Kinderwagen können im Flur abgestellt werden.',
	contactName: 'Kursleitung Babymassage',
	contactEmail: `babymassage.${slug}@example.org`,
	contactPhone: phone(124),
	translations: {
		tr: {
			title: 'Bebek masajı kursu (6 aya kadar bebekler)',
			summary: 'Dört sabah: bebeğinize iyi gelen ve ikinizi de sakinleştiren yumuşak bir masaj.'
		},
		ar: {
			title: 'دورة تدليك الرضع (حتى عمر 6 أشهر)',
			summary: 'أربعة صباحات: تدليك لطيف يفيد طفلك ويمنحكما الهدوء.'
		}
	},
	sessions: [8, 15, 22, 29].map((d) => ({ inDays: d, start: '10:00', end: '11:00', place: familyCentre })),
	questions: [{ kind: 'text', label: 'Wie alt ist Ihr Baby (in Wochen)?', required: true }]
});

const familienfest = ({ town, slug }: Place): DemoEvent => ({
	kind: 'familienveranstaltung',
	audience: 'familien',
	title: `Familienfest im Stadtpark ${town}`,
	summary: 'Spielstationen, Kinderschminken und Beratungsstände der Netzwerkpartner – für die ganze Familie.',
	capacity: 250,
	registered: 12,
	personsEach: 3,
	costFree: true,
	lifeStages: ['uebergreifend', 'kita', '1-3'],
	topics: ['freizeit-begegnung'],
	languages: ['de', 'tr', 'ar', 'uk'],
	contactName: 'Netzwerkkoordination',
	contactEmail: `familienfest.${slug}@example.org`,
	sessions: [{ inDays: 33, start: '14:00', end: '18:00', place: `Stadtpark ${town}, Festwiese (Beispiel)` }]
});

const onlineInfoabend = ({ slug }: Place): DemoEvent => ({
	kind: 'infoabend',
	audience: 'beide',
	title: 'Online-Infoabend: Elterngeld und Elternzeit',
	summary: 'Was steht Ihnen zu, wann stellen Sie den Antrag? Die Elterngeldstelle erklärt es in einer Stunde – online.',
	capacity: 100,
	registered: 15,
	costFree: true,
	lifeStages: ['schwangerschaft', '0-1'],
	topics: ['finanzen-behoerden'],
	contactName: 'Elterngeldstelle (Beispiel)',
	contactEmail: `elterngeld.${slug}@example.org`,
	sessions: [{ inDays: 12, start: '19:00', end: '20:00', onlineUrl: `https://video.example.org/${slug}-elterngeld` }]
});

const netzwerktreffen = ({ slug, townHall }: Place): DemoEvent => ({
	kind: 'infoabend',
	audience: 'fachkraefte',
	visibility: 'members',
	title: 'Netzwerktreffen der Mitglieder: Jahresplanung',
	summary: 'Nur für Netzwerkmitglieder: Rückblick, Bedarfe aus den Stadtteilen und die Planung des nächsten Jahres.',
	capacity: 40,
	registered: 6,
	costFree: true,
	contactName: 'Netzwerkkoordination',
	contactEmail: `netzwerktreffen.${slug}@example.org`,
	sessions: [{ inDays: 18, start: '15:00', end: '17:00', place: townHall }]
});

const elternkursEntwurf = ({ familyCentre }: Place): DemoEvent => ({
	kind: 'kurs',
	audience: 'familien',
	status: 'draft',
	title: 'Elternkurs „Starke Eltern – starke Kinder“',
	summary: 'Entwurf: acht Abende für Eltern von Kindern zwischen 2 und 6 Jahren.',
	capacity: 14,
	costFree: true,
	lifeStages: ['1-3', 'kita'],
	topics: ['erziehung-familienalltag'],
	sessions: [60, 67, 74, 81, 88, 95, 102, 109].map((d) => ({
		inDays: d,
		start: '19:00',
		end: '21:00',
		place: familyCentre
	}))
});

function demoEvents(town: string, slug: string, phone: (n: number) => string): DemoEvent[] {
	const place: Place = {
		town,
		slug,
		phone,
		full: slug === 'wilhelmshaven',
		townHall: `Rathaus ${town}, Ratssaal, Marktplatz 1 (Beispiel)`,
		familyCentre: `Familienzentrum ${town} (Beispiel), Gartenweg 4`
	};
	return [
		fachtag,
		fortbildung,
		infoabend,
		geburtsvorbereitung,
		babymassage,
		familienfest,
		onlineInfoabend,
		netzwerktreffen,
		elternkursEntwurf
	].map((make) => make(place));
}

const ANSWER_FOR: Record<QuestionKind, (q: Question, i: number) => string | boolean> = {
	choice: (q, i) => q.choices![i % q.choices!.length]!,
	yesno: (_q, i) => i % 3 !== 0,
	text: (q, i) =>
		q.required ? (q.label.includes('Geburtstermin') ? `${10 + (i % 18)}.0${1 + (i % 8)}.` : String(8 + (i % 16))) : ''
};

async function seedEvent(tx: Tx, network: DemoNetwork, e: DemoEvent, organisationId: string | null, today: string) {
	const { organiser, sessions, questions = [], registered = 0, personsEach = 1, waiting = 0, ...values } = e;
	void organiser;
	const first = berlinInstant(addDays(today, sessions[0]!.inDays), sessions[0]!.start);
	const [row] = await tx
		.insert(events)
		.values({
			...values,
			networkId: network.id,
			organisationId,
			status: values.status ?? 'published',
			registrationOpensAt: new Date(Date.now() - 14 * 86_400_000),
			registrationClosesAt: e.kind === 'kurs' ? new Date(first.getTime() - 86_400_000) : null,
			translations: (values.translations ?? {}) as Record<string, EventTranslation>
		})
		.returning({ id: events.id });
	const eventId = row!.id;
	await tx.insert(eventSessions).values(
		sessions.map((s, i) => ({
			networkId: network.id,
			eventId,
			startsAt: berlinInstant(addDays(today, s.inDays), s.start),
			endsAt: berlinInstant(addDays(today, s.inDays), s.end),
			place: s.place ?? '',
			onlineUrl: s.onlineUrl ?? '',
			position: i
		}))
	);
	const questionIds: { id: string; q: Question }[] = [];
	for (const [i, q] of questions.entries()) {
		const [inserted] = await tx
			.insert(eventQuestions)
			.values({
				networkId: network.id,
				eventId,
				position: i,
				kind: q.kind,
				label: q.label,
				choices: q.choices ?? [],
				required: !!q.required
			})
			.returning({ id: eventQuestions.id });
		questionIds.push({ id: inserted!.id, q });
	}
	// Seats taken first (in persons), then the waiting list, in arrival order.
	const seated = Math.floor(registered / personsEach);
	const rows = Array.from({ length: seated + waiting }, (_, i) => {
		const p = person(i, network.slug);
		const status: RegistrationStatus = i < seated ? 'registered' : 'waiting';
		const answers: Record<string, string | boolean> = {};
		for (const { id, q } of questionIds) {
			const a = ANSWER_FOR[q.kind](q, i);
			if (a !== '') answers[id] = a;
		}
		const at = new Date(Date.now() - (seated + waiting - i) * 3_600_000);
		return {
			networkId: network.id,
			eventId,
			number: i + 1,
			status,
			name: p.name,
			email: p.email,
			persons: status === 'registered' ? personsEach : 1,
			answers,
			consentAt: at,
			tokenHashes: [newLinkToken().hash],
			createdAt: at,
			updatedAt: at
		};
	});
	if (rows.length) await tx.insert(eventRegistrations).values(rows);
}

/** The demo events of one network (nothing when it has events already). */
export async function seedDemoEvents(tx: Tx, network: DemoNetwork, phonePrefix: string): Promise<void> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(events)
		.where(eq(events.networkId, network.id));
	if (n > 0) return;
	const town = network.municipality.replace(/^(Kreis|Landkreis|Stadt)\s+/, '');
	const orgs = await tx
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.networkId, network.id)));
	const today = berlinDay(new Date());
	const phone = (n: number) => `${phonePrefix} ${String(n).padStart(3, '0')}`;
	for (const e of demoEvents(town, network.slug, phone)) {
		const organisationId = (e.organiser && orgs.find((o) => e.organiser!.test(o.name))?.id) || null;
		await seedEvent(tx, network, e, organisationId, today);
	}
}
