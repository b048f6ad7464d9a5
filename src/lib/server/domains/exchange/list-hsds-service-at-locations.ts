import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { offerLocations, offers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { distanceSql } from '$lib/server/domains/offers/geo-distance';
import { clean, hsdsToday, page, type HsdsContext, type Json, type Page, type PageQuery } from './hsds-helpers';
import { stableUuid } from './hsds-ids';
import { hsdaOfferCondition, NO_HSDA_FILTERS, type HsdaFilters } from './hsda-filters';
import { loadHsdsContext, providersOf, publishedOffers } from './load-hsds-data';
import { hsdsLocation, locationId } from './map-hsds-organization';
import { hsdsService, leanService } from './map-hsds-service';

type OfferRow = typeof offers.$inferSelect;
type LocationRow = typeof offerLocations.$inferSelect;
export type OfferAtLocation = { offer: OfferRow; location: LocationRow };

/** The HSDS id of a service at one of its locations (stable like the location's own). */
export const serviceAtLocationId = (l: LocationRow) => stableUuid(locationId(l), 'service_at_location');

/** Locations of published offers matching `where`, by offer title and the order entered. */
export async function publishedLocations(
	tx: Tx,
	ctx: TenantContext,
	where: SQL | undefined,
	window?: { limit: number; offset: number }
): Promise<{ rows: OfferAtLocation[]; total: number }> {
	const condition = scoped(offerLocations, ctx, publishedOffers(ctx), where);
	const joined = and(eq(offers.networkId, offerLocations.networkId), eq(offers.id, offerLocations.offerId));
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(offerLocations)
		.innerJoin(offers, joined)
		.where(condition);
	const q = tx
		.select({ offer: offers, location: offerLocations })
		.from(offerLocations)
		.innerJoin(offers, joined)
		.where(condition)
		.orderBy(asc(offers.title), asc(offers.id), asc(offerLocations.position));
	const rows = window ? await q.limit(window.limit).offset(window.offset) : await q;
	return { rows, total: n };
}

/** One service at one location: the link, and in full the lean service and the location. */
async function serviceAtLocations(tx: Tx, ctx: TenantContext, c: HsdsContext, rows: OfferAtLocation[], full: boolean) {
	const orgs = full
		? await providersOf(
				tx,
				ctx,
				rows.map((r) => r.offer)
			)
		: [];
	const orgById = new Map(orgs.map((o) => [o.id, o]));
	const today = hsdsToday(ctx);
	return rows.map(({ offer, location }) => {
		const base = {
			id: serviceAtLocationId(location),
			service_id: offer.id,
			location_id: locationId(location),
			description: [offer.title, location.label].filter(Boolean).join(' – ')
		};
		if (!full) return clean(base);
		const org = offer.organisationId ? (orgById.get(offer.organisationId) ?? null) : null;
		return clean({
			...base,
			service: leanService(hsdsService(c, offer, org, [], today)),
			location: hsdsLocation(c, location)
		});
	});
}

/** A location within the radius of `proximity` itself (the offer filter asks for any of its locations). */
function ownLocationCondition(filters: HsdaFilters): SQL | undefined {
	if (!filters.proximity) return undefined;
	const near = distanceSql(filters.proximity, sql`${offerLocations.lat}`, sql`${offerLocations.lng}`);
	return sql`${offerLocations.lat} is not null and ${near} <= ${filters.proximity.radiusKm}`;
}

/** GET /service_at_locations: every published service at each of its locations, paged and filtered like /services. */
export async function listHsdsServiceAtLocations(
	ctx: TenantContext,
	baseUrl: string,
	query: PageQuery,
	filters: HsdaFilters = NO_HSDA_FILTERS
): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const where = and(await hsdaOfferCondition(tx, ctx, c, filters), ownLocationCondition(filters));
		const { rows, total } = await publishedLocations(tx, ctx, where, {
			limit: query.perPage,
			offset: (query.page - 1) * query.perPage
		});
		return page(await serviceAtLocations(tx, ctx, c, rows, query.full), total, query.page, query.perPage);
	});
}

/** GET /service_at_locations/{id}: the fully nested link. */
export async function getHsdsServiceAtLocation(ctx: TenantContext, baseUrl: string, id: string): Promise<Json> {
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const { rows } = await publishedLocations(tx, ctx, undefined);
		const found = rows.find((r) => serviceAtLocationId(r.location) === id.toLowerCase());
		if (!found) throw new AppError('not_found');
		return (await serviceAtLocations(tx, ctx, c, [found], true))[0]!;
	});
}
