import { inArray, isNotNull, and } from 'drizzle-orm';
import { offerLocations } from '$lib/server/db/schema';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** Locations of the given offers for the map and its address list. */
export async function mapPoints(ctx: TenantContext, offerIds: string[]) {
	if (offerIds.length === 0) return [];
	return tenantTx(ctx, (tx) =>
		tx
			.select({
				offerId: offerLocations.offerId,
				label: offerLocations.label,
				street: offerLocations.street,
				postcode: offerLocations.postcode,
				city: offerLocations.city,
				lat: offerLocations.lat,
				lng: offerLocations.lng
			})
			.from(offerLocations)
			.where(
				scoped(
					offerLocations,
					ctx,
					and(inArray(offerLocations.offerId, offerIds), isNotNull(offerLocations.lat), isNotNull(offerLocations.lng))
				)
			)
	);
}
