import { sql, type SQL } from 'drizzle-orm';
import { stillFreshSql } from '$lib/server/domains/offers/freshness';
import { servedDistrictIdsSql } from '$lib/server/domains/offers/served-districts';
import type { TenantContext } from '$lib/server/domains/shared/context';
import type { CoverageFilters } from './coverage-filters';

/**
 * CTE `served`: one row per (district, published offer serving it) — the districts an offer
 * serves as `offers/served-districts` defines them (a location in the district, its
 * Einzugsgebiet, or the whole network area). `distinct` keeps an offer that reaches a district in
 * two ways to one row, so it is counted once per district; the join to the network's districts
 * drops an id no district has any more. Only what families can find counts: published, still
 * fresh, not expired, and matching the filters (topic, offer type, prevention level, language).
 */
export function servedOffersCte(ctx: TenantContext, f: CoverageFilters): SQL {
	const networkId = ctx.network.id;
	const now = ctx.now ?? new Date();
	const day = now.toISOString().slice(0, 10);
	return sql`
		served_offers as (
			select o.id, o.title, o.life_stages, o.district_ids, o.service_district_ids, o.serves_whole_network, o.organisation_id,
				${servedDistrictIdsSql(networkId, 'o')} as served_ids
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
			from served_offers o
			cross join lateral unnest(o.served_ids) as s(district_id)
			join districts d on d.network_id = ${networkId} and d.id::text = s.district_id
		)`;
}
