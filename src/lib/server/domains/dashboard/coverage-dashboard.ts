import type { LifeStage } from '$lib/server/db/schema';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { computeCoverage } from '$lib/server/domains/planning/compute-coverage';

export type DashboardGap = {
	districtId: string;
	district: string;
	stage: LifeStage;
	count: number;
	children: number | null;
};

/**
 * The three largest gaps of the coverage matrix for the coordinator's start page: districts
 * without any offer first (most children first), then those furthest below the threshold.
 * "Für alle Familien" is left out: it is a kind of offer, not an age.
 */
export async function largestCoverageGaps(ctx: TenantContext, limit = 3): Promise<DashboardGap[]> {
	const coverage = await computeCoverage(ctx, { topic: '', offerType: '', preventionLevel: '', language: '' });
	const gaps = coverage.rows.flatMap((r) =>
		r.cells
			.map((c, i) => ({ c, threshold: coverage.thresholds[i]! }))
			.filter(({ c }) => c.gap !== null && c.stage !== 'uebergreifend')
			.map(({ c, threshold }) => {
				const value = threshold.unit === 'per100' ? c.per100 : c.count;
				const shortfall = c.gap === 'none' || !threshold.value || value === null ? 1 : 1 - value / threshold.value;
				return {
					districtId: r.districtId,
					district: r.name,
					stage: c.stage,
					count: c.count,
					children: c.children,
					shortfall,
					order: coverage.stages.indexOf(c.stage)
				};
			})
	);
	gaps.sort(
		(a, b) =>
			b.shortfall - a.shortfall ||
			(b.children ?? -1) - (a.children ?? -1) ||
			a.order - b.order ||
			a.district.localeCompare(b.district, 'de')
	);
	return gaps.slice(0, limit).map(({ districtId, district, stage, count, children }) => ({
		districtId,
		district,
		stage,
		count,
		children
	}));
}
