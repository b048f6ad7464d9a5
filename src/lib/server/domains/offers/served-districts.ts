import { sql, type SQL } from 'drizzle-orm';
import { offers } from '$lib/server/db/schema';

/**
 * "The districts an offer serves", the one definition search, coverage and the open-data filters
 * share: the districts of its locations (`district_ids`), its Einzugsgebiet
 * (`service_district_ids`), or every district of the network for `serves_whole_network`.
 * `alias` names the offers row in the caller's SQL; without it, the `offers` table's columns.
 */
function columns(alias?: string) {
	const c = (column: string, drizzle: SQL) => (alias ? sql.raw(`${alias}.${column}`) : drizzle);
	return {
		whole: c('serves_whole_network', sql`${offers.servesWholeNetwork}`),
		located: c('district_ids', sql`${offers.districtIds}`),
		area: c('service_district_ids', sql`${offers.serviceDistrictIds}`)
	};
}

/**
 * SQL: the ids (text[]) of the districts the offer serves; an id may appear twice (a location in
 * a district of its Einzugsgebiet). The network's districts are an uncorrelated subquery, read
 * once per statement (not once per offer).
 */
export function servedDistrictIdsSql(networkId: string, alias?: string): SQL {
	const o = columns(alias);
	return sql`case when ${o.whole} then (select coalesce(array_agg(sd.id::text), '{}') from districts sd where sd.network_id = ${networkId}) else ${o.located} || ${o.area} end`;
}

/** SQL: the offer serves at least one of these districts of the network (`ids`: a text[] expression). */
export function servesAnyDistrictSql(ids: SQL, alias?: string): SQL {
	const o = columns(alias);
	return sql`(${o.whole} or ${o.located} && ${ids} or ${o.area} && ${ids})`;
}
