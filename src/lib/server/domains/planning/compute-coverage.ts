import { asc, desc, eq, sql } from 'drizzle-orm';
import { districts, LIFE_STAGES, planningSettings, populationFigures, type LifeStage } from '$lib/server/db/schema';
import { rowsOf } from '$lib/server/db/scope';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { CoverageFilters } from './coverage-filters';
import { servedOffersCte } from './coverage-served-offers';

/** Which population figure a life stage is measured against; null: there is none (count only). */
export const STAGE_FIGURE: Record<LifeStage, 'births' | 'children0to3' | 'children3to6' | null> = {
	schwangerschaft: 'births',
	'0-1': 'births',
	'1-3': 'children0to3',
	kita: 'children3to6',
	grundschule: null,
	uebergreifend: null
};

/** none: no offer at all; low: below the threshold. */
export type GapMark = 'none' | 'low' | null;
export type CoverageCell = {
	stage: LifeStage;
	count: number;
	/** Children of the matching age in the district (the figure of the chosen year), when known. */
	children: number | null;
	/** Offers per 100 children, one decimal, when the figure is known and not 0. */
	per100: number | null;
	gap: GapMark;
};
export type CoverageRow = { districtId: string; name: string; hasOutline: boolean; cells: CoverageCell[] };
/** Per life stage: the value below which a cell is a gap, and what it is measured in. */
export type StageThreshold = {
	stage: LifeStage;
	value: number | null;
	unit: 'per100' | 'count';
	source: 'setting' | 'median';
};
export type Coverage = {
	/** Year of the population figures used; null when the network has none. */
	year: number | null;
	years: number[];
	/** The chosen year has no figures (none at all, or not for this year). */
	noFigures: boolean;
	stages: readonly LifeStage[];
	rows: CoverageRow[];
	thresholds: StageThreshold[];
};

const median = (values: number[]): number | null => {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The gap threshold of one life stage: the coordinator's setting (per 100 children) or half the network's median. */
function thresholdOf(stage: LifeStage, cells: CoverageCell[], setting: number | null): StageThreshold {
	const withFigures = cells.filter((c) => c.per100 !== null);
	if (withFigures.length > 0) {
		if (setting !== null) return { stage, value: setting, unit: 'per100', source: 'setting' };
		const m = median(withFigures.map((c) => c.per100!));
		return { stage, value: m === null ? null : m / 2, unit: 'per100', source: 'median' };
	}
	const m = median(cells.map((c) => c.count));
	return { stage, value: m === null ? null : m / 2, unit: 'count', source: 'median' };
}

/** Marks every cell: no offer at all, or below its stage's threshold. */
function markGaps(rows: CoverageRow[], setting: number | null): StageThreshold[] {
	return LIFE_STAGES.map((stage, i) => {
		const cells = rows.map((r) => r.cells[i]!);
		const threshold = thresholdOf(stage, cells, setting);
		for (const c of cells) {
			const value = threshold.unit === 'per100' ? c.per100 : c.count;
			if (c.count === 0) c.gap = 'none';
			else if (threshold.value !== null && value !== null && value < threshold.value) c.gap = 'low';
		}
		return threshold;
	});
}

type FigureRow = typeof populationFigures.$inferSelect;

/**
 * The coverage matrix district × life stage (issue 15): published offers serving each district
 * (location, Einzugsgebiet or whole network; each offer once per district), offers per 100
 * children of the matching age in the chosen year (latest by default), and gap marks.
 */
export async function computeCoverage(ctx: TenantContext, filters: CoverageFilters): Promise<Coverage> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const districtRows = await tx
			.select({ id: districts.id, name: districts.name, hasOutline: sql<boolean>`${districts.geojson} is not null` })
			.from(districts)
			.where(scoped(districts, ctx))
			.orderBy(asc(districts.name));
		const counts = rowsOf<{ district_id: string; stage: string; n: number }>(
			await tx.execute(sql`with ${servedOffersCte(ctx, filters)}
				select district_id, stage, count(*)::int as n from served, unnest(life_stages) stage group by 1, 2`)
		);
		const years = (
			await tx
				.selectDistinct({ year: populationFigures.year })
				.from(populationFigures)
				.where(scoped(populationFigures, ctx))
				.orderBy(desc(populationFigures.year))
		).map((r) => r.year);
		const year = filters.year ?? years[0] ?? null;
		const figures: FigureRow[] =
			year === null
				? []
				: await tx
						.select()
						.from(populationFigures)
						.where(scoped(populationFigures, ctx, eq(populationFigures.year, year)));
		const [settings] = await tx
			.select({ gapThreshold: planningSettings.gapThreshold })
			.from(planningSettings)
			.where(eq(planningSettings.networkId, ctx.network.id));
		const countOf = new Map(counts.map((c) => [`${c.district_id}|${c.stage}`, Number(c.n)]));
		const figureOf = new Map(figures.map((f) => [f.districtId, f]));
		const rows: CoverageRow[] = districtRows.map((d) => ({
			districtId: d.id,
			name: d.name,
			hasOutline: d.hasOutline,
			cells: LIFE_STAGES.map((stage) => {
				const count = countOf.get(`${d.id}|${stage}`) ?? 0;
				const key = STAGE_FIGURE[stage];
				const children = key ? (figureOf.get(d.id)?.[key] ?? null) : null;
				const per100 = children ? round1((count / children) * 100) : null;
				return { stage, count, children, per100, gap: null };
			})
		}));
		const setting = settings?.gapThreshold == null ? null : Number(settings.gapThreshold);
		const thresholds = markGaps(rows, setting);
		return { year, years, noFigures: figures.length === 0, stages: LIFE_STAGES, rows, thresholds };
	});
}
