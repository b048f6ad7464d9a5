import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, networks, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { stillFreshSql } from '$lib/server/domains/offers/freshness';
import { hsdsToday, type HsdsContext } from './hsds-helpers';
import { hsdsService } from './map-hsds-service';

type OfferRow = typeof offers.$inferSelect;

/** The network, its topics and district names: what every HSDS answer is mapped with (one statement). */
export async function loadHsdsContext(tx: Tx, ctx: TenantContext, baseUrl: string): Promise<HsdsContext> {
	const [row] = await tx
		.select({
			id: networks.id,
			slug: networks.slug,
			name: networks.name,
			municipality: networks.municipality,
			topics: sql<
				{ slug: string; name: string }[]
			>`(select coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name)
				order by t.position), '[]') from ${topics} t where t.network_id = ${ctx.network.id})`,
			districts: sql<[string, string][]>`(select coalesce(json_agg(json_build_array(d.id, d.name)), '[]')
				from ${districts} d where d.network_id = ${ctx.network.id})`
		})
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	if (!row) throw new AppError('not_found');
	const { topics: topicList, districts: districtList, ...network } = row;
	return { network, topics: topicList, districtName: new Map(districtList), baseUrl };
}

/** Where-clause: the offers the open data shows (published, still fresh, not ended). */
export const publishedOffers = (ctx: TenantContext) =>
	and(
		eq(offers.status, 'published'),
		stillFreshSql(ctx.network.id, ctx.now ?? new Date()),
		sql`(${offers.validTo} is null or ${offers.validTo} >= current_date)`
	);

/** The providers of these offers, by name. */
export async function providersOf(tx: Tx, ctx: TenantContext, rows: OfferRow[]) {
	const orgIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
	return orgIds.length
		? await tx
				.select()
				.from(organisations)
				.where(scoped(organisations, ctx, inArray(organisations.id, orgIds)))
				.orderBy(asc(organisations.name))
		: [];
}

/** Offer rows as full HSDS services, with their providers and locations. */
export async function servicesFor(tx: Tx, ctx: TenantContext, c: HsdsContext, rows: OfferRow[]) {
	const ids = rows.map((r) => r.id);
	const orgs = await providersOf(tx, ctx, rows);
	const locs = ids.length
		? await tx
				.select()
				.from(offerLocations)
				.where(scoped(offerLocations, ctx, inArray(offerLocations.offerId, ids)))
				.orderBy(asc(offerLocations.position), asc(offerLocations.id))
		: [];
	const orgById = new Map(orgs.map((o) => [o.id, o]));
	const today = hsdsToday(ctx);
	return rows.map((r) =>
		hsdsService(
			c,
			r,
			r.organisationId ? (orgById.get(r.organisationId) ?? null) : null,
			locs.filter((l) => l.offerId === r.id),
			today
		)
	);
}
