import { stillFreshSql } from './freshness';
import { eq, inArray } from 'drizzle-orm';
import { districts, offerLocations, offers, organisations } from '$lib/server/db/schema';
import { tenantTx, scoped, type TenantContext } from '$lib/server/domains/shared/context';

/** The published offers of a Merkliste, in the order the family added them. */
export async function listShortlist(ctx: TenantContext, ids: string[]) {
	if (ids.length === 0) return [];
	return tenantTx(ctx, async (tx) => {
		const rows = await tx
			.select({
				id: offers.id,
				title: offers.title,
				summary: offers.summary,
				translations: offers.translations,
				offerType: offers.offerType,
				costFree: offers.costFree,
				costText: offers.costText,
				contactPhone: offers.contactPhone,
				contactEmail: offers.contactEmail,
				schedule: offers.schedule,
				provider: organisations.name
			})
			.from(offers)
			.leftJoin(organisations, eq(organisations.id, offers.organisationId))
			.where(
				scoped(
					offers,
					ctx,
					inArray(offers.id, ids),
					eq(offers.status, 'published'),
					stillFreshSql(ctx.network.id, ctx.now ?? new Date())
				)
			);
		const locations = await tx
			.select({
				offerId: offerLocations.offerId,
				street: offerLocations.street,
				postcode: offerLocations.postcode,
				city: offerLocations.city,
				district: districts.name
			})
			.from(offerLocations)
			.leftJoin(districts, eq(districts.id, offerLocations.districtId))
			.where(scoped(offerLocations, ctx, inArray(offerLocations.offerId, ids)));
		const byId = new Map(rows.map((r) => [r.id, { ...r, locations: locations.filter((l) => l.offerId === r.id) }]));
		return ids.map((id) => byId.get(id)).filter((o) => o !== undefined);
	});
}
export type ShortlistOffer = Awaited<ReturnType<typeof listShortlist>>[number];
