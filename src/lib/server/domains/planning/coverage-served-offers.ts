import { sql, type SQL } from 'drizzle-orm';
import { stillFreshSql } from '$lib/server/domains/offers/freshness';
import type { TenantContext } from '$lib/server/domains/shared/context';
import type { CoverageFilters } from './coverage-filters';

/**
 * CTE `served`: one row per (district, published offer serving it) — by a location in the district
 * (offers.district_ids), by its Einzugsgebiet (service_district_ids) or because it serves the
 * whole network area. `distinct` keeps an offer that reaches a district in two ways to one row,
 * so it is counted once per district. Only what families can find counts: published, still
 * fresh, not expired, and matching the filters (topic, offer type, prevention level, language).
 */
export function servedOffersCte(ctx: TenantContext, f: CoverageFilters): SQL {
	const networkId = ctx.network.id;
	const now = ctx.now ?? new Date();
	const day = now.toISOString().slice(0, 10);
	return sql`
		served_offers as (
			select o.id, o.title, o.life_stages, o.district_ids, o.service_district_ids, o.serves_whole_network, o.organisation_id
			from offers o
			where o.network_id = ${networkId} and o.status = 'published'
				and ${stillFreshSql(networkId, now, 'o')}
				and (o.valid_to is null or o.valid_to >= ${day}::date)
				${f.topic ? sql`and ${f.topic} = any(o.topics)` : sql``}
				${f.offerType ? sql`and o.offer_type = ${f.offerType}` : sql``}
				${f.preventionLevel ? sql`and o.prevention_level = ${f.preventionLevel}` : sql``}
				${f.language ? sql`and ${f.language} = any(o.languages)` : sql``}
		),
		served as (
			select distinct d.id as district_id, o.id as offer_id, o.life_stages
			from districts d
			join served_offers o on o.serves_whole_network
				or d.id::text = any(o.district_ids)
				or d.id::text = any(o.service_district_ids)
			where d.network_id = ${networkId}
		)`;
}
