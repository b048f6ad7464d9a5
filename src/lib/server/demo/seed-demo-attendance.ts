import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	contacts,
	districts,
	meetingAttendance,
	meetingInvitations,
	meetings,
	searchStats
} from '$lib/server/db/schema';
import { addDays, berlinDay } from '$lib/time';

/** Searches families might type that find nothing (or little) in a demo network: invented, plausible. */
const UNANSWERED = [
	{ term: 'ambulanz schreibaby', searches: 9, resultCount: 0, lifeStage: '0-1' },
	{ term: 'babyschwimmen', searches: 14, resultCount: 0, lifeStage: '0-1' },
	{ term: 'sonntag stillcafe', searches: 6, resultCount: 0, lifeStage: '0-1' },
	{ term: 'beratung tragetuch', searches: 4, resultCount: 0, lifeStage: '0-1' },
	{ term: 'gruppe papa', searches: 5, resultCount: 0, lifeStage: '1-3' },
	{ term: 'abend babysitter', searches: 3, resultCount: 0, lifeStage: '1-3' },
	{ term: 'geburtsvorbereitung turkisch', searches: 4, resultCount: 1, lifeStage: 'schwangerschaft' },
	{ term: 'zwillinge', searches: 5, resultCount: 2, lifeStage: 'uebergreifend' },
	{ term: 'ernahrung kleinkind', searches: 3, resultCount: 3, lifeStage: '1-3' }
];
/** Searches that find plenty, so the statistics look like a portal in use. */
const ANSWERED = [
	{ term: 'hebamme', searches: 30, resultCount: 8 },
	{ term: 'kita', searches: 22, resultCount: 12 },
	{ term: 'beratung', searches: 18, resultCount: 20 }
];

/**
 * Attendance of the demo network's past meetings (everyone who said yes, one "maybe", and a guest
 * without RSVP) and four months of anonymous search statistics, some terms finding nothing.
 * Idempotent: a network with attendance or search statistics keeps them.
 */
export async function seedDemoAttendance(tx: Tx, network: { id: string }): Promise<void> {
	const [had] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(meetingAttendance)
		.where(eq(meetingAttendance.networkId, network.id));
	if ((had?.n ?? 0) === 0) await seedAttendance(tx, network.id);
	const [searched] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(searchStats)
		.where(eq(searchStats.networkId, network.id));
	if ((searched?.n ?? 0) === 0) await seedSearches(tx, network.id);
}

async function seedAttendance(tx: Tx, networkId: string) {
	const past = await tx
		.select({ id: meetings.id })
		.from(meetings)
		.where(and(eq(meetings.networkId, networkId), lt(meetings.startsAt, new Date()), ne(meetings.status, 'cancelled')));
	for (const [n, m] of past.entries()) {
		const invited = await tx
			.select({
				id: meetingInvitations.id,
				contactId: meetingInvitations.contactId,
				name: meetingInvitations.name,
				organisationName: meetingInvitations.organisationName,
				answer: meetingInvitations.answer,
				organisationId: contacts.organisationId
			})
			.from(meetingInvitations)
			.leftJoin(contacts, eq(contacts.id, meetingInvitations.contactId))
			.where(and(eq(meetingInvitations.networkId, networkId), eq(meetingInvitations.meetingId, m.id)));
		const maybe = invited.find((i) => i.answer === 'maybe');
		const came = invited.filter((i) => i.answer === 'yes' || i === maybe);
		const rows = came.map((i) => ({
			networkId,
			meetingId: m.id,
			invitationId: i.id,
			contactId: i.contactId,
			organisationId: i.organisationId,
			name: i.name,
			organisationName: i.organisationName
		}));
		if (rows.length) await tx.insert(meetingAttendance).values(rows);
		await tx.insert(meetingAttendance).values({
			networkId,
			meetingId: m.id,
			name: n % 2 === 0 ? 'Lena Gastmann (Beispiel)' : 'Tom Besucher (Beispiel)',
			organisationName: 'Hochschule für Soziale Arbeit (Beispiel)'
		});
	}
}

async function seedSearches(tx: Tx, networkId: string) {
	const ids = (await tx.select({ id: districts.id }).from(districts).where(eq(districts.networkId, networkId))).map(
		(d) => d.id
	);
	const today = berlinDay();
	const rows: (typeof searchStats.$inferInsert)[] = [];
	// Four months back, a few days in each; the numbers vary by month so the month selector shows a difference.
	for (let month = 0; month < 4; month++) {
		for (const [i, s] of [...UNANSWERED, ...ANSWERED].entries()) {
			if ((i + month) % 4 === 3) continue;
			const day = addDays(today, -(month * 30 + ((i * 3) % 25)));
			const district = ids.length ? ids[(i + month) % ids.length] : undefined;
			const lifeStage = 'lifeStage' in s ? s.lifeStage : '';
			const filters = [
				lifeStage ? `lebensphase=${lifeStage}` : '',
				district && i % 2 === 0 ? `stadtteil=${district}` : ''
			]
				.filter(Boolean)
				.join(';');
			rows.push({
				networkId,
				day,
				term: s.term,
				filters,
				resultCount: s.resultCount,
				searches: Math.max(1, s.searches - month * 2)
			});
		}
	}
	// Filters alone (no words): which life stages and districts families look at.
	for (const [i, district] of ids.entries())
		rows.push({
			networkId,
			day: addDays(today, -((i * 7) % 28) - 1),
			term: '',
			filters: `lebensphase=${i % 2 === 0 ? '0-1' : 'kita'};stadtteil=${district}`,
			resultCount: 5,
			searches: 3 + (i % 4)
		});
	await tx.insert(searchStats).values(rows).onConflictDoNothing();
}
