import { asc, isNotNull } from 'drizzle-orm';
import { districts } from '$lib/server/db/schema';
import { tenantTx, scoped, type TenantContext } from '$lib/server/domains/shared/context';
import type { Geometry } from './parse-geometry';

export type DistrictOutline = { id: string; name: string; geometry: Geometry; lat: number | null; lng: number | null };

/** The network's district outlines (those with GeoJSON), to draw the map's base layer. */
export async function listDistrictOutlines(ctx: TenantContext): Promise<DistrictOutline[]> {
	const rows = await tenantTx(ctx, (tx) =>
		tx
			.select({
				id: districts.id,
				name: districts.name,
				geometry: districts.geojson,
				lat: districts.lat,
				lng: districts.lng
			})
			.from(districts)
			.where(scoped(districts, ctx, isNotNull(districts.geojson)))
			.orderBy(asc(districts.name))
	);
	return rows.map((r) => ({ ...r, geometry: r.geometry as Geometry }));
}
