import { and, eq, gte, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, LIFE_STAGES, OFFER_TYPES, offers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { distanceSql } from '$lib/server/domains/offers/geo-distance';
import { servesAnyDistrictSql } from '$lib/server/domains/offers/served-districts';
import type { HsdsContext } from './hsds-helpers';
import { taxonomyId, termId, type TaxonomyKey } from './hsds-ids';
import { WHOLE_NETWORK_CELL } from './offer-columns';

/** The HSDA filters of /services and /service_at_locations (Open Referral HSDA 3.0 parameters). */
export type HsdaFilters = {
	/** Only what changed at or after this moment (incremental sync). */
	modifiedAfter?: Date;
	/** Offers for families living in this postcode: a location there, or its district served. */
	postcode?: string;
	/** A location within `radiusKm` of this point. */
	proximity?: { lat: number; lng: number; radiusKm: number };
	taxonomyTermId?: string;
	taxonomyId?: string;
	organizationId?: string;
	/** A district by name (as the offers' service_areas name it), or "ganzes Netzwerkgebiet". */
	serviceArea?: string;
};

export const NO_HSDA_FILTERS: HsdaFilters = {};

export const hasHsdaFilters = (f: HsdaFilters) => Object.values(f).some((v) => v !== undefined);

/** A parameter the data does not know (an unknown taxonomy id, district …): 400 naming it. */
const unknown = (parameter: string) => new AppError('validation', { field: parameter, message: 'unknown' });

const TAXONOMY_KEYS: TaxonomyKey[] = ['lebensphase', 'thema', 'angebotsart'];

function codesOf(c: HsdsContext, key: TaxonomyKey): readonly string[] {
	if (key === 'lebensphase') return LIFE_STAGES;
	if (key === 'angebotsart') return OFFER_TYPES;
	return c.topics.map((x) => x.slug);
}

/** An offer carries this term of this taxonomy. */
function termCondition(key: TaxonomyKey, code: string): SQL {
	if (key === 'lebensphase') return sql`${code} = any(${offers.lifeStages})`;
	if (key === 'thema') return sql`${code} = any(${offers.topics})`;
	return sql`${offers.offerType} = ${code}`;
}

function taxonomyCondition(key: TaxonomyKey): SQL {
	if (key === 'lebensphase') return sql`cardinality(${offers.lifeStages}) > 0`;
	if (key === 'thema') return sql`cardinality(${offers.topics}) > 0`;
	return sql`true`;
}

/** The offer serves one of these districts: a location in it, its Einzugsgebiet, or the whole network. */
function servesDistricts(ids: string[]): SQL {
	const list = sql`array[${sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `
	)}]::text[]`;
	return servesAnyDistrictSql(list);
}

/**
 * The filters as one where-clause on `offers`; ids and names are looked up in the network's own
 * data, and one it does not know answers 400 naming the parameter (never an empty page by typo).
 */
export async function hsdaOfferCondition(
	tx: Tx,
	ctx: TenantContext,
	c: HsdsContext,
	f: HsdaFilters
): Promise<SQL | undefined> {
	const parts: (SQL | undefined)[] = [];
	if (f.modifiedAfter) parts.push(gte(offers.updatedAt, f.modifiedAfter));
	if (f.organizationId) parts.push(eq(offers.organisationId, f.organizationId));
	if (f.taxonomyTermId) {
		const found = TAXONOMY_KEYS.flatMap((key) =>
			codesOf(c, key)
				.filter((code) => termId(c.network.id, key, code) === f.taxonomyTermId)
				.map((code) => termCondition(key, code))
		);
		if (!found[0]) throw unknown('taxonomy_term_id');
		parts.push(found[0]);
	}
	if (f.taxonomyId) {
		const key = TAXONOMY_KEYS.find((k) => taxonomyId(c.network.id, k) === f.taxonomyId);
		if (!key) throw unknown('taxonomy_id');
		parts.push(taxonomyCondition(key));
	}
	if (f.serviceArea !== undefined) {
		const name = f.serviceArea.trim().toLocaleLowerCase('de');
		if (name === WHOLE_NETWORK_CELL.toLocaleLowerCase('de')) parts.push(eq(offers.servesWholeNetwork, true));
		else {
			const [d] = await tx
				.select({ id: districts.id })
				.from(districts)
				.where(scoped(districts, ctx, sql`lower(${districts.name}) = ${name}`));
			if (!d) throw unknown('service_area');
			parts.push(servesDistricts([d.id]));
		}
	}
	if (f.postcode) {
		const ids = (
			await tx
				.select({ id: districts.id })
				.from(districts)
				.where(scoped(districts, ctx, sql`${f.postcode} = any(${districts.postcodes})`))
		).map((d) => d.id);
		const located = sql`exists (select 1 from offer_locations l where l.offer_id = ${offers.id} and l.postcode = ${f.postcode})`;
		parts.push(ids.length ? sql`(${located} or ${servesDistricts(ids)})` : located);
	}
	if (f.proximity) {
		const near = distanceSql(f.proximity, sql`p.lat`, sql`p.lng`);
		parts.push(
			sql`exists (select 1 from unnest(${offers.lats}, ${offers.lngs}) as p(lat, lng) where p.lat is not null and ${near} <= ${f.proximity.radiusKm})`
		);
	}
	return parts.length ? and(...parts) : undefined;
}
