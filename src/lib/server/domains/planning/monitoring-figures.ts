import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import {
	BODY_KINDS,
	bodies,
	EVENT_KINDS,
	events,
	LIFE_STAGES,
	meetings,
	offers,
	PREVENTION_LEVELS,
	type BodyKind,
	type EventKind
} from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { networkComposition } from './network-composition';
import { eventHeldIn, eventParticipants, meetingHeldIn } from './report-conditions';
import { offerReference, reportOffers, verifiedWithinInterval } from './offer-report-conditions';

async function bodyFigures(tx: Tx, ctx: TenantContext, year: number, now: Date) {
	const bodyCounts = await tx
		.select({ kind: bodies.kind, n: sql<number>`count(*)::int` })
		.from(bodies)
		.where(scoped(bodies, ctx))
		.groupBy(bodies.kind);
	const held = await tx
		.select({
			kind: bodies.kind,
			meetings: sql<number>`count(*)::int`,
			withAttendance: sql<number>`count(*) filter (where exists (select 1 from meeting_attendance a where a.network_id = ${meetings.networkId} and a.meeting_id = ${meetings.id}))::int`,
			attendees: sql<number>`coalesce(sum((select count(*) from meeting_attendance a where a.network_id = ${meetings.networkId} and a.meeting_id = ${meetings.id})), 0)::int`
		})
		.from(meetings)
		.innerJoin(bodies, and(eq(bodies.networkId, meetings.networkId), eq(bodies.id, meetings.bodyId)))
		.where(scoped(meetings, ctx, meetingHeldIn(year, now)))
		.groupBy(bodies.kind);
	return BODY_KINDS.map((kind: BodyKind) => {
		const h = held.find((r) => r.kind === kind);
		return {
			kind,
			bodies: bodyCounts.find((r) => r.kind === kind)?.n ?? 0,
			meetings: h?.meetings ?? 0,
			meetingsWithAttendance: h?.withAttendance ?? 0,
			attendees: h?.attendees ?? 0,
			/** Persons per meeting with recorded attendance, one decimal; null when none was recorded. */
			averageAttendance: h && h.withAttendance > 0 ? Math.round((h.attendees / h.withAttendance) * 10) / 10 : null
		};
	});
}

async function eventFigures(tx: Tx, ctx: TenantContext, year: number, now: Date) {
	const rows = await tx
		.select({
			kind: events.kind,
			events: sql<number>`count(*)::int`,
			participants: sql<number>`coalesce(sum(${eventParticipants}), 0)::int`
		})
		.from(events)
		.where(scoped(events, ctx, eventHeldIn(year, now)))
		.groupBy(events.kind);
	return EVENT_KINDS.map((kind: EventKind) => {
		const r = rows.find((x) => x.kind === kind);
		return { kind, events: r?.events ?? 0, participants: r?.participants ?? 0 };
	});
}

async function offerFigures(tx: Tx, ctx: TenantContext, at: Date) {
	const published = reportOffers(ctx.network.id, at, {});
	const matrix = rowsOf<{ lifeStage: string; prevention: string; n: number }>(
		await tx.execute(sql`
			select ls as "lifeStage", offers.prevention_level as prevention, count(*)::int as n
			from offers cross join lateral unnest(offers.life_stages) as ls
			where offers.network_id = ${ctx.network.id} and ${published}
			group by 1, 2`)
	).map((r) => ({ ...r, n: Number(r.n) }));
	const [totals] = await tx
		.select({
			published: sql<number>`count(*)::int`,
			verified: sql<number>`count(*) filter (where ${verifiedWithinInterval(ctx.network.id, at)})::int`,
			homeVisits: sql<number>`count(*) filter (where ${offers.offerType} = 'hausbesuch')::int`
		})
		.from(offers)
		.where(scoped(offers, ctx, published));
	const byPrevention = await tx
		.select({ level: offers.preventionLevel, n: sql<number>`count(*)::int` })
		.from(offers)
		.where(scoped(offers, ctx, published))
		.groupBy(offers.preventionLevel);
	const t = totals ?? { published: 0, verified: 0, homeVisits: 0 };
	return {
		published: t.published,
		verified: t.verified,
		verifiedShare: t.published > 0 ? Math.round((t.verified / t.published) * 100) : null,
		homeVisits: t.homeVisits,
		lifeStages: LIFE_STAGES.map((lifeStage) => ({
			lifeStage,
			total: matrix.filter((m) => m.lifeStage === lifeStage).reduce((a, m) => a + m.n, 0),
			levels: PREVENTION_LEVELS.map((level) => ({
				level,
				n: matrix.find((m) => m.lifeStage === lifeStage && m.prevention === level)?.n ?? 0
			}))
		})),
		preventionLevels: PREVENTION_LEVELS.map((level) => ({
			level,
			n: byPrevention.find((r) => r.level === level)?.n ?? 0
		}))
	};
}

/**
 * The Monitoring section of /intern/berichte for one year: the figures the NZFH Kommunalbefragung
 * and the Landeskoordinierungsstelle ask for, from the data the network keeps. Offer figures are
 * taken at the end of the year (or now, for the current year).
 */
export async function monitoringFigures(
	ctx: TenantContext,
	year: number,
	/** The year's composition when the caller has it already (the Jahresbericht reads it once). */
	known?: Awaited<ReturnType<typeof networkComposition>>
) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	const composition = known ?? (await networkComposition(ctx, year));
	const at = offerReference(year, now);
	const figures = await tenantTx(ctx, async (tx) => ({
		bodies: await bodyFigures(tx, ctx, year, now),
		events: await eventFigures(tx, ctx, year, now),
		offers: await offerFigures(tx, ctx, at)
	}));
	return {
		year,
		offersAt: at,
		categories: {
			involved: composition.present.length,
			listed: composition.categories.length,
			atConferences: composition.categories.filter((c) => c.conferenceAttendees > 0).length
		},
		...figures
	};
}
