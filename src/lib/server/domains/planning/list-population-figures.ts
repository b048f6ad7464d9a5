import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, populationFigures } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { FIGURE_KEYS, currentYear, figureKeysFor, type FigureKey, type Figures } from './population-columns';
import { readPlanningSettings, type PlanningSettings } from './read-planning-settings';

export type DistrictFigures = { districtId: string; name: string; figures: Figures };
export type PopulationYear = {
	/** Years that hold figures, newest first. */
	years: number[];
	year: number | null;
	settings: PlanningSettings;
	keys: FigureKey[];
	rows: DistrictFigures[];
	/** Per figure: the sum of the known values, and how many districts are unknown. */
	sums: Record<FigureKey, { sum: number | null; unknown: number }>;
	/** The year's state when loaded ("changed meanwhile" check on save). */
	stamp: string;
};

const empty = (): Figures => ({
	children0to3: null,
	children3to6: null,
	births: null,
	children0to3Sgb2: null,
	extra: null
});

/** The year's state as one string: number of rows and the latest change (microseconds). */
export async function yearStamp(tx: Tx, ctx: TenantContext, year: number): Promise<string> {
	const [row] = await tx
		.select({
			n: sql<number>`count(*)::int`,
			at: sql<string>`coalesce((extract(epoch from max(${populationFigures.updatedAt})) * 1000000)::bigint::text, '')`
		})
		.from(populationFigures)
		.where(scoped(populationFigures, ctx, eq(populationFigures.year, year)));
	return `${row?.n ?? 0}:${row?.at ?? ''}`;
}

/** The years with population figures, newest first. */
export async function listPopulationYears(tx: Tx, ctx: TenantContext): Promise<number[]> {
	const rows = await tx
		.selectDistinct({ year: populationFigures.year })
		.from(populationFigures)
		.where(scoped(populationFigures, ctx))
		.orderBy(desc(populationFigures.year));
	return rows.map((r) => r.year);
}

/**
 * The population table of one year (default: the latest with figures, else the current one): one row per district of the
 * network (also those without figures), the sums, and the state to check a save against.
 */
export async function listPopulationFigures(ctx: TenantContext, year?: number): Promise<PopulationYear> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const settings = await readPlanningSettings(tx, ctx);
		const years = await listPopulationYears(tx, ctx);
		const chosen: number | null = year ?? years[0] ?? currentYear(ctx.now);
		const all = await tx
			.select({ id: districts.id, name: districts.name })
			.from(districts)
			.where(scoped(districts, ctx))
			.orderBy(asc(districts.name));
		const stored =
			chosen === null
				? []
				: await tx
						.select()
						.from(populationFigures)
						.where(scoped(populationFigures, ctx, eq(populationFigures.year, chosen)));
		const byDistrict = new Map(stored.map((s) => [s.districtId, s]));
		const rows = all.map((d) => {
			const s = byDistrict.get(d.id);
			const figures = empty();
			if (s) for (const k of FIGURE_KEYS) figures[k] = s[k];
			return { districtId: d.id, name: d.name, figures };
		});
		const sums = Object.fromEntries(
			FIGURE_KEYS.map((k) => {
				const known = rows.map((r) => r.figures[k]).filter((v): v is number => v !== null);
				return [
					k,
					{ sum: known.length ? known.reduce((a, b) => a + b, 0) : null, unknown: rows.length - known.length }
				];
			})
		) as PopulationYear['sums'];
		const stamp = chosen === null ? '0:' : await yearStamp(tx, ctx, chosen);
		return { years, year: chosen, settings, keys: figureKeysFor(settings.extraFigureName), rows, sums, stamp };
	});
}
