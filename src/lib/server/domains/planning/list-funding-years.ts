import { desc, sql } from 'drizzle-orm';
import { fundingYears, populationFigures } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

export type FundingYear = {
	year: number;
	/** Sum of the network's children 0–3 in SGB II households that year; null when no district has the figure. */
	networkChildren: number | null;
	/** Districts of that year without the figure (the sum is then a lower bound). */
	districtsUnknown: number;
	landChildren: number | null;
	/** The network's share of the Land's children, in percent (null without both numbers). */
	sharePercent: number | null;
	allocationCents: number | null;
	/** The allocation divided by the network's children, in cents. */
	centsPerChild: number | null;
	note: string;
	/** 0 while the year has no funding row yet. */
	version: number;
};

/** The share of the Land's children 0–3 in SGB II that live in the network, in percent. */
export function fundingShare(networkChildren: number | null, landChildren: number | null): number | null {
	if (networkChildren === null || !landChildren) return null;
	return (networkChildren / landChildren) * 100;
}

/**
 * The funding helper's history, newest year first: every year with population figures or a
 * funding entry, the network's children 0–3 in SGB II (summed over its districts), the Land's
 * total, the share, the allocation and the amount per child.
 */
export async function listFundingYears(ctx: TenantContext): Promise<FundingYear[]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const sums = await tx
			.select({
				year: populationFigures.year,
				sum: sql<number | null>`sum(${populationFigures.children0to3Sgb2})::int`,
				unknown: sql<number>`count(*) filter (where ${populationFigures.children0to3Sgb2} is null)::int`
			})
			.from(populationFigures)
			.where(scoped(populationFigures, ctx))
			.groupBy(populationFigures.year);
		const entries = await tx
			.select()
			.from(fundingYears)
			.where(scoped(fundingYears, ctx))
			.orderBy(desc(fundingYears.year));
		const years = [...new Set([...sums.map((s) => s.year), ...entries.map((e) => e.year)])].sort((a, b) => b - a);
		return years.map((year) => {
			const s = sums.find((x) => x.year === year);
			const e = entries.find((x) => x.year === year);
			const networkChildren = s?.sum ?? null;
			const landChildren = e?.landChildren0to3Sgb2 ?? null;
			const allocationCents = e?.allocationCents ?? null;
			return {
				year,
				networkChildren,
				districtsUnknown: s?.unknown ?? 0,
				landChildren,
				sharePercent: fundingShare(networkChildren, landChildren),
				allocationCents,
				centsPerChild:
					allocationCents !== null && networkChildren ? Math.round(allocationCents / networkChildren) : null,
				note: e?.note ?? '',
				version: e?.version ?? 0
			};
		});
	});
}
