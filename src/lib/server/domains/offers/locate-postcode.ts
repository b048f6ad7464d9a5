import { asc, sql } from 'drizzle-orm';
import { districts } from '$lib/server/db/schema';
import { tenantTx, scoped, type TenantContext } from '$lib/server/domains/shared/context';

/**
 * "In meiner Nähe": a postcode or a district becomes a point to sort by. The network's
 * districts list their postcodes and centres; a postcode shared by several districts
 * gives their mean centre. Returns null when the postcode is not in the network's area.
 */
export async function locateOrigin(
	ctx: TenantContext,
	input: { postcode?: string; districtId?: string }
): Promise<{ lat: number; lng: number; districts: string[]; districtIds: string[] } | null> {
	if (!input.postcode && !input.districtId) return null;
	return tenantTx(ctx, async (tx) => {
		const rows = await tx
			.select({ id: districts.id, name: districts.name, lat: districts.lat, lng: districts.lng })
			.from(districts)
			.where(
				scoped(
					districts,
					ctx,
					input.postcode
						? sql`${input.postcode} = any(${districts.postcodes})`
						: sql`${districts.id}::text = ${input.districtId}`,
					sql`${districts.lat} is not null and ${districts.lng} is not null`
				)
			)
			.orderBy(asc(districts.name));
		if (rows.length === 0) return null;
		return {
			lat: rows.reduce((a, r) => a + (r.lat ?? 0), 0) / rows.length,
			lng: rows.reduce((a, r) => a + (r.lng ?? 0), 0) / rows.length,
			districts: rows.map((r) => r.name),
			districtIds: rows.map((r) => r.id)
		};
	});
}
