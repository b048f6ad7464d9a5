import { asc, desc, gte, isNull, lt, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { demandGaps, districts, LIFE_STAGES, searchStats } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { addDays, berlinDay } from '$lib/time';

/** "Wenige Treffer": at most this many results. */
export const FEW_RESULTS = 3;
const TOP = 20;

export type TermCount = { term: string; searches: number };

/** The first day of a month ("2026-11" → "2026-11-01") and of the next one. */
function monthRange(month: string): { from: string; to: string } {
	const [y, m] = month.split('-').map(Number) as [number, number];
	const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
	return { from: `${month}-01`, to: `${next}-01` };
}

/** The most searched terms (typed words, not only filters) with result counts in [min, max] between two days. */
async function topTerms(tx: Tx, ctx: TenantContext, from: string, to: string, min: number, max: number, limit = TOP) {
	const searches = sql<number>`sum(${searchStats.searches})::int`;
	return tx
		.select({ term: searchStats.term, searches })
		.from(searchStats)
		.where(
			scoped(
				searchStats,
				ctx,
				gte(searchStats.day, from),
				lt(searchStats.day, to),
				sql`${searchStats.term} <> ''`,
				sql`${searchStats.resultCount} between ${min} and ${max}`
			)
		)
		.groupBy(searchStats.term)
		.orderBy(desc(searches), asc(searchStats.term))
		.limit(limit);
}

/** Searches per value of one filter (`lebensphase`, `stadtteil`) in [from, to): the stored "key=a,b;key2=c" split up. */
async function filterCounts(tx: Tx, ctx: TenantContext, key: string, from: string, to: string) {
	const result = await tx.execute(sql`
		select v as value, sum(s.searches)::int as searches
		from search_stats s,
			unnest(string_to_array(s.filters, ';')) f,
			unnest(string_to_array(split_part(f, '=', 2), ',')) v
		where s.network_id = ${ctx.network.id} and s.day >= ${from} and s.day < ${to} and split_part(f, '=', 1) = ${key}
		group by v order by 2 desc, 1`);
	return rowsOf<{ value: string; searches: number }>(result).map((r) => ({
		value: r.value,
		searches: Number(r.searches)
	}));
}

/** Months with search statistics, newest first ("2026-11"). */
async function monthsWithSearches(tx: Tx, ctx: TenantContext): Promise<string[]> {
	const rows = await tx
		.selectDistinct({ month: sql<string>`to_char(${searchStats.day}, 'YYYY-MM')` })
		.from(searchStats)
		.where(scoped(searchStats, ctx))
		.orderBy(desc(sql`to_char(${searchStats.day}, 'YYYY-MM')`));
	return rows.map((r) => r.month);
}

/**
 * Demand signals of one month from the anonymous search statistics: the most searched terms
 * without results and with few results (≤ 3), the searches per life-stage and per district
 * filter, and which terms are already noted as gaps.
 */
export async function demandSignals(ctx: TenantContext, month: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const months = await monthsWithSearches(tx, ctx);
		const current = berlinDay(ctx.now ?? new Date()).slice(0, 7);
		const chosen = month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : (months[0] ?? current);
		const { from, to } = monthRange(chosen);
		const [none, few, lifeStageRows, districtRows, names, open] = await Promise.all([
			topTerms(tx, ctx, from, to, 0, 0),
			topTerms(tx, ctx, from, to, 1, FEW_RESULTS),
			filterCounts(tx, ctx, 'lebensphase', from, to),
			filterCounts(tx, ctx, 'stadtteil', from, to),
			tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx)),
			tx
				.select({ term: demandGaps.term })
				.from(demandGaps)
				.where(scoped(demandGaps, ctx, isNull(demandGaps.closedAt)))
		]);
		const districtName = new Map(names.map((d) => [d.id, d.name]));
		return {
			month: chosen,
			months: months.includes(chosen) ? months : [chosen, ...months],
			none,
			few,
			lifeStages: lifeStageRows.filter((r) => (LIFE_STAGES as readonly string[]).includes(r.value)),
			districts: districtRows.flatMap((r) =>
				districtName.has(r.value) ? [{ id: r.value, name: districtName.get(r.value)!, searches: r.searches }] : []
			),
			notedTerms: open.map((g) => g.term)
		};
	});
}

/**
 * The demand signals of a whole year for the Jahresbericht: the most searched terms without
 * and with few results, and the searches per life-stage filter (same queries as the month view).
 */
export async function demandSignalsOfYear(ctx: TenantContext, year: number, limit = 10) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const from = `${year}-01-01`;
	const to = `${year + 1}-01-01`;
	return tenantTx(ctx, async (tx) => {
		const none = await topTerms(tx, ctx, from, to, 0, 0, limit);
		const few = await topTerms(tx, ctx, from, to, 1, FEW_RESULTS, limit);
		const lifeStages = (await filterCounts(tx, ctx, 'lebensphase', from, to)).filter((r) =>
			(LIFE_STAGES as readonly string[]).includes(r.value)
		);
		return { none, few, lifeStages };
	});
}

/** The dashboard's card: the most searched terms without any result in the last `days` days. */
export async function topUnansweredSearches(ctx: TenantContext, days = 30, limit = 5): Promise<TermCount[]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const today = berlinDay(ctx.now ?? new Date());
	return tenantTx(ctx, (tx) => topTerms(tx, ctx, addDays(today, -days + 1), addDays(today, 1), 0, 0, limit));
}
