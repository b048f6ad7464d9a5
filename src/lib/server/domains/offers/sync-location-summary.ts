import { sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';

/**
 * Copies the offers' districts and coordinates from offer_locations into the offers
 * rows (for the search's facets and distance). One offer, or every offer of a network.
 */
export async function syncLocationSummary(tx: Tx, scope: { networkId: string; offerId?: string }): Promise<void> {
	await tx.execute(sql`
		update offers o set
			district_ids = coalesce(s.district_ids, '{}'),
			lats = coalesce(s.lats, '{}'),
			lngs = coalesce(s.lngs, '{}')
		from (
			select x.id as offer_id,
				array_agg(distinct l.district_id::text) filter (where l.district_id is not null) as district_ids,
				array_agg(l.lat order by l.id) filter (where l.lat is not null and l.lng is not null) as lats,
				array_agg(l.lng order by l.id) filter (where l.lat is not null and l.lng is not null) as lngs
			from offers x left join offer_locations l on l.offer_id = x.id
			where x.network_id = ${scope.networkId} ${scope.offerId ? sql`and x.id = ${scope.offerId}` : sql``}
			group by x.id
		) s
		where s.offer_id = o.id`);
}
