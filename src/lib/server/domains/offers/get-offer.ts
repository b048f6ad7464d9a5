import { stillFreshSql } from './freshness';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { districts, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import type { Tx } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import { tenantTx, scoped, type TenantContext } from '$lib/server/domains/shared/context';

/**
 * The offer's Einzugsgebiet for the page, or null when it has none (it serves where its locations
 * are, shown with them): the whole network area, or the names of the districts it serves — those
 * of its Einzugsgebiet and of its locations, as coverage and the search count them.
 */
async function serviceAreaOf(
	tx: Tx,
	ctx: TenantContext,
	o: { servesWholeNetwork: boolean; serviceDistrictIds: string[]; districtIds: string[] }
): Promise<{ wholeNetwork: boolean; districts: string[] } | null> {
	if (o.servesWholeNetwork) return { wholeNetwork: true, districts: [] };
	if (o.serviceDistrictIds.length === 0) return null;
	const ids = [...new Set([...o.serviceDistrictIds, ...o.districtIds])];
	const rows = await tx
		.select({ name: districts.name })
		.from(districts)
		.where(scoped(districts, ctx, inArray(districts.id, ids)))
		.orderBy(asc(districts.name));
	return { wholeNetwork: false, districts: rows.map((r) => r.name) };
}

/** A published offer with provider, locations and topic names, for the portal's offer page. */
export async function getPublishedOffer(ctx: TenantContext, id: string) {
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found');
	return tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.select({ offer: offers, provider: organisations.name })
			.from(offers)
			.leftJoin(organisations, eq(organisations.id, offers.organisationId))
			.where(
				scoped(
					offers,
					ctx,
					eq(offers.id, id),
					eq(offers.status, 'published'),
					stillFreshSql(ctx.network.id, ctx.now ?? new Date())
				)
			);
		if (!row) throw new AppError('not_found');
		const locations = await tx
			.select({ location: offerLocations, district: districts.name })
			.from(offerLocations)
			.leftJoin(districts, eq(districts.id, offerLocations.districtId))
			.where(scoped(offerLocations, ctx, eq(offerLocations.offerId, id)));
		const topicRows = row.offer.topics.length
			? await tx
					.select({ slug: topics.slug, name: topics.name })
					.from(topics)
					.where(and(scoped(topics, ctx), inArray(topics.slug, row.offer.topics)))
					.orderBy(asc(topics.position))
			: [];
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { search, searchExtra, ...offer } = row.offer;
		return {
			...offer,
			provider: row.provider,
			topicNames: topicRows.map((t) => t.name),
			locations: locations.map((l) => ({ ...l.location, districtName: l.district })),
			serviceArea: await serviceAreaOf(tx, ctx, row.offer)
		};
	});
}
export type PublishedOffer = Awaited<ReturnType<typeof getPublishedOffer>>;
