import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	bodies,
	bodyMembers,
	contacts,
	meetingInvitations,
	meetings,
	organisations,
	partnerCategories,
	tasks,
	type BodyKind,
	type RsvpAnswer
} from '$lib/server/db/schema';
import { linkExpiry, newLinkToken } from '$lib/server/domains/shared/personal-link';
import { berlinDay, berlinInstant } from '$lib/server/domains/shared/time';

type DemoBody = {
	name: string;
	kind: BodyKind;
	purpose: string;
	categories: string[] | 'all';
	meetings: { title: string; inDays: number; agenda: string }[];
};

const conference = (town: string): DemoBody => ({
	name: `Netzwerkkonferenz Frühe Hilfen ${town}`,
	kind: 'netzwerkkonferenz',
	purpose:
		'Alle Partner des Netzwerks treffen sich zweimal im Jahr: Austausch, Fortbildung und Planung der Frühen Hilfen.',
	categories: 'all',
	meetings: [
		{
			title: 'Frühjahrskonferenz',
			inDays: -70,
			agenda:
				'Begrüßung – Koordination – 10 Min.\nBericht aus den Arbeitsgruppen – AG-Leitungen – 30 Min.\nFachvortrag: Schreibabys – Familienhebammen – 45 Min.'
		},
		{
			title: 'Herbstkonferenz',
			inDays: 45,
			agenda:
				'Begrüßung – Koordination – 10 Min.\nBedarfsplanung und Kennzahlen – Koordination – 30 Min.\nOffene Aufgaben aus der Frühjahrskonferenz – alle – 20 Min.'
		}
	]
});

const BODIES: Record<string, (town: string) => DemoBody[]> = {
	herten: (town) => [
		conference(town),
		{
			name: 'AG Westerholt',
			kind: 'arbeitsgruppe',
			purpose: 'Stadtteil-Arbeitsgruppe: Angebote für Familien in Westerholt abstimmen.',
			categories: ['Kitas und Kindertagespflege', 'Familienzentren', 'Jugendamt / ASD'],
			meetings: [{ title: 'Treffen im Familienzentrum', inDays: 21, agenda: 'Sommerfest planen – alle – 30 Min.' }]
		},
		{
			name: 'AG Innenstadt',
			kind: 'arbeitsgruppe',
			purpose: 'Stadtteil-Arbeitsgruppe Innenstadt: Zugang für zugewanderte Familien.',
			categories: ['Migrationsberatung', 'Familienbildung', 'Jugendamt / ASD'],
			meetings: []
		}
	],
	wilhelmshaven: () => [
		{
			name: 'Fachgremium Frühe Hilfen',
			kind: 'fachgremium',
			purpose:
				'Gesundheit, Jugendhilfe, Justiz, Polizei, Schule und Wirtschaft stimmen Hilfen für Familien mit kleinen Kindern ab.',
			categories: [
				'Jugendamt / ASD',
				'Gesundheitsamt',
				'Geburtskliniken',
				'Familiengericht',
				'Polizei',
				'Schulen',
				'Jobcenter'
			],
			meetings: [
				{
					title: 'Sitzung im Frühjahr',
					inDays: -40,
					agenda: 'Fallübergreifende Abstimmung Kinderschutz – ASD – 45 Min.'
				},
				{ title: 'Sitzung im Herbst', inDays: 60, agenda: 'Übergänge Geburtsklinik – Jugendhilfe – 40 Min.' }
			]
		}
	]
};

const defaultBodies = (town: string): DemoBody[] => [
	conference(town),
	{
		name: 'Steuerungsgruppe',
		kind: 'steuerungsgruppe',
		purpose: 'Leitet das Netzwerk zwischen den Konferenzen und bereitet sie vor.',
		categories: ['Jugendamt / ASD', 'Gesundheitsamt'],
		meetings: [
			{
				title: 'Vorbereitung Herbstkonferenz',
				inDays: 14,
				agenda: 'Tagesordnung der Herbstkonferenz – Koordination – 30 Min.'
			}
		]
	}
];

/** "Anwesend: 3 Personen aus 2 Organisationen." for those who said yes (nothing without them). */
function attendanceLine(attending: { organisationId: string | null }[]): string {
	if (attending.length === 0) return '';
	const organisations = new Set(attending.map((p) => p.organisationId)).size;
	return `Anwesend: ${attending.length} ${attending.length === 1 ? 'Person' : 'Personen'} aus ${organisations} ${organisations === 1 ? 'Organisation' : 'Organisationen'}.\n\n`;
}

type DemoNetwork = { id: string; slug: string; municipality: string };
type Member = { id: string; name: string };
type Person = typeof contacts.$inferSelect;
const ANSWERS: (RsvpAnswer | null)[] = ['yes', 'yes', 'no', 'maybe', null];

/** The body's member organisations (by partner category, or all members) and their contacts; the first public contact leads. */
async function seedBodyMembers(tx: Tx, network: DemoNetwork, b: DemoBody, bodyId: string) {
	const all = b.categories === 'all';
	const members: Member[] = await tx
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.innerJoin(partnerCategories, eq(partnerCategories.id, organisations.partnerCategoryId))
		.where(
			and(
				eq(organisations.networkId, network.id),
				all ? undefined : inArray(partnerCategories.name, b.categories as string[]),
				sql`${organisations.membershipStatus} in ('mitglied', 'kooperationspartner')`
			)
		)
		.limit(all ? 1000 : 12);
	// An "all members" body needs no list; the others name their organisations.
	if (members.length && !all)
		await tx.insert(bodyMembers).values(members.map((m) => ({ networkId: network.id, bodyId, organisationId: m.id })));
	const people = members.length
		? await tx
				.select()
				.from(contacts)
				.where(
					and(
						eq(contacts.networkId, network.id),
						inArray(
							contacts.organisationId,
							members.map((m) => m.id)
						)
					)
				)
		: [];
	const lead = people.find((p) => p.visibility === 'public' && p.consentAt);
	if (lead) await tx.update(bodies).set({ leadContactId: lead.id }).where(eq(bodies.id, bodyId));
	return { members, people };
}

/** A past meeting's record: minutes, three tasks and everyone's invitation with an answer. */
async function seedMeetingRecord(
	tx: Tx,
	network: DemoNetwork,
	meeting: { id: string; bodyId: string; startsAt: Date; endsAt: Date },
	members: Member[],
	people: Person[]
) {
	const dayIn = (days: number) => berlinDay(new Date(Date.now() + days * 86_400_000));
	await tx
		.update(meetings)
		.set({
			minutes: `${attendanceLine(people.filter((_, i) => ANSWERS[i % ANSWERS.length] === 'yes'))}Ergebnisse:\n- Der Bericht der Koordination wurde zur Kenntnis genommen.\n- Beschluss: Die Übersicht der Angebote wird bis zur nächsten Sitzung aktualisiert.\n- Die nächste Sitzung findet wie geplant statt.`,
			minutesSentAt: new Date(meeting.endsAt.getTime() + 3 * 86_400_000)
		})
		.where(eq(meetings.id, meeting.id));
	const owner = members[0]?.name ?? 'Koordination';
	const task = { networkId: network.id, bodyId: meeting.bodyId, meetingId: meeting.id };
	await tx.insert(tasks).values([
		{ ...task, title: 'Angebotsübersicht aktualisieren', owner: 'Koordination', dueDate: dayIn(10), status: 'open' },
		{ ...task, title: 'Flyer in Kinderarztpraxen auslegen', owner, dueDate: dayIn(-5), status: 'open' },
		{
			...task,
			title: 'Raum für die nächste Sitzung reservieren',
			owner: 'Koordination',
			dueDate: dayIn(-20),
			status: 'done'
		}
	]);
	for (const [i, p] of people.entries()) {
		const orgName = members.find((x) => x.id === p.organisationId)?.name ?? '';
		const answer = ANSWERS[i % ANSWERS.length]!;
		await tx.insert(meetingInvitations).values({
			networkId: network.id,
			meetingId: meeting.id,
			contactId: p.id,
			name: p.name,
			email: p.email,
			organisationName: orgName,
			tokenHashes: [newLinkToken().hash],
			expiresAt: linkExpiry(meeting.endsAt, 24),
			answer,
			answeredAt: answer ? new Date(meeting.startsAt.getTime() - 7 * 86_400_000) : null
		});
	}
}

/** Bodies with member organisations and past and upcoming meetings (past ones with answers) for one demo network. */
export async function seedDemoBodies(tx: Tx, network: DemoNetwork): Promise<void> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(bodies)
		.where(eq(bodies.networkId, network.id));
	if (n > 0) return;
	const town = network.municipality.replace(/^(Kreis|Landkreis|Stadt)\s+/, '');
	for (const b of (BODIES[network.slug] ?? defaultBodies)(town)) {
		const [body] = await tx
			.insert(bodies)
			.values({
				networkId: network.id,
				name: b.name,
				kind: b.kind,
				purpose: b.purpose,
				allMembers: b.categories === 'all'
			})
			.returning({ id: bodies.id });
		const bodyId = body!.id;
		const { members, people } = await seedBodyMembers(tx, network, b, bodyId);
		for (const m of b.meetings) {
			const day = berlinDay(new Date(Date.now() + m.inDays * 86_400_000));
			const startsAt = berlinInstant(day, '15:00');
			const endsAt = berlinInstant(day, '17:00');
			const past = m.inDays < 0;
			const [meeting] = await tx
				.insert(meetings)
				.values({
					networkId: network.id,
					bodyId,
					title: m.title,
					startsAt,
					endsAt,
					place: `Rathaus ${town}, Sitzungssaal`,
					agenda: m.agenda,
					invitedAt: past ? new Date(startsAt.getTime() - 21 * 86_400_000) : null
				})
				.returning({ id: meetings.id });
			if (past) await seedMeetingRecord(tx, network, { id: meeting!.id, bodyId, startsAt, endsAt }, members, people);
		}
	}
}
