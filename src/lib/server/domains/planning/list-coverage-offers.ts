import { sql } from 'drizzle-orm';
import type { LifeStage } from '$lib/server/db/schema';
import { rowsOf } from '$lib/server/db/scope';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { CoverageFilters } from './coverage-filters';
import { servedOffersCte } from './coverage-served-offers';

/** How an offer reaches the district: a location there, its Einzugsgebiet, or the whole network area. */
export type ServedBy = 'location' | 'serviceArea' | 'wholeNetwork';
export type CoverageOffer = { id: string; title: string; provider: string | null; servedBy: ServedBy };

/** The offers behind one cell of the coverage matrix (the same rules as the count). */
export async function listCoverageOffers(
	ctx: TenantContext,
	filters: CoverageFilters,
	cell: { districtId: string; stage: LifeStage }
): Promise<{ district: string | null; offers: CoverageOffer[] }> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const rows = rowsOf<{ id: string; title: string; provider: string | null; served_by: ServedBy }>(
			await tx.execute(sql`with ${servedOffersCte(ctx, filters)}
				select o.id, o.title, org.name as provider,
					case when ${cell.districtId} = any(o.district_ids) then 'location'
						when ${cell.districtId} = any(o.service_district_ids) then 'serviceArea'
						else 'wholeNetwork' end as served_by
				from served s
				join served_offers o on o.id = s.offer_id
				left join organisations org on org.id = o.organisation_id and org.network_id = ${ctx.network.id}
				where s.district_id::text = ${cell.districtId} and ${cell.stage} = any(s.life_stages)
				order by o.title, o.id`)
		);
		const [district] = rowsOf<{ name: string }>(
			await tx.execute(
				sql`select name from districts where network_id = ${ctx.network.id} and id::text = ${cell.districtId}`
			)
		);
		return {
			district: district?.name ?? null,
			offers: rows.map((r) => ({ id: r.id, title: r.title, provider: r.provider, servedBy: r.served_by }))
		};
	});
}
