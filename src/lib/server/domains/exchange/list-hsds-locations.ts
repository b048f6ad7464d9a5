import { AppError } from '$lib/server/errors';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { oneToOne, page, type Json, type Page, type PageQuery } from './hsds-helpers';
import { loadHsdsContext } from './load-hsds-data';
import { hsdsLocation, locationId } from './map-hsds-organization';
import { publishedLocations } from './list-hsds-service-at-locations';

/** GET /locations: the places of published services, one-to-one fields unless `full`. */
export async function listHsdsLocations(ctx: TenantContext, baseUrl: string, query: PageQuery): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const { rows, total } = await publishedLocations(tx, ctx, undefined, {
			limit: query.perPage,
			offset: (query.page - 1) * query.perPage
		});
		const locations = rows.map((r) => hsdsLocation(c, r.location));
		return page(query.full ? locations : locations.map(oneToOne), total, query.page, query.perPage);
	});
}

/** GET /locations/{id}: one place with its address. */
export async function getHsdsLocation(ctx: TenantContext, baseUrl: string, id: string): Promise<Json> {
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const { rows } = await publishedLocations(tx, ctx, undefined);
		const found = rows.find((r) => locationId(r.location) === id.toLowerCase());
		if (!found) throw new AppError('not_found');
		return hsdsLocation(c, found.location);
	});
}
