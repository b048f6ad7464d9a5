import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { offers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { NO_FILTERS, searchOffers } from '$lib/server/domains/offers/search-offers';
import { page, type Json, type Page, type PageQuery } from './hsds-helpers';
import { loadHsdsContext, publishedOffers, servicesFor } from './load-hsds-data';
import { leanService } from './map-hsds-service';

type OfferRow = typeof offers.$inferSelect;

/** The ids (in ranking order) and total of the portal search for `q`. */
async function searchIds(ctx: TenantContext, query: PageQuery): Promise<{ ids: string[]; total: number }> {
	const result = await searchOffers(ctx, { ...NO_FILTERS, q: query.q, page: query.page, pageSize: query.perPage });
	return { ids: result.hits.map((h) => h.id), total: result.total };
}

/** One page of all published offers, by title. */
async function publishedPage(
	tx: Tx,
	ctx: TenantContext,
	query: PageQuery
): Promise<{ rows: OfferRow[]; total: number }> {
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(scoped(offers, ctx, publishedOffers(ctx)));
	const rows = await tx
		.select()
		.from(offers)
		.where(scoped(offers, ctx, publishedOffers(ctx)))
		.orderBy(asc(offers.title), asc(offers.id))
		.limit(query.perPage)
		.offset((query.page - 1) * query.perPage);
	return { rows, total: n };
}

/** GET /services: published services, paged; `q` uses the portal's search (same ranking). */
export async function listHsdsServices(ctx: TenantContext, baseUrl: string, query: PageQuery): Promise<Page<Json>> {
	const searched = query.q ? await searchIds(ctx, query) : null;
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		let rows: OfferRow[];
		let total: number;
		if (searched) {
			const { ids } = searched;
			const found = ids.length
				? await tx
						.select()
						.from(offers)
						.where(scoped(offers, ctx, inArray(offers.id, ids)))
				: [];
			rows = ids.flatMap((id) => found.filter((r) => r.id === id));
			total = searched.total;
		} else {
			({ rows, total } = await publishedPage(tx, ctx, query));
		}
		const services = await servicesFor(tx, ctx, c, rows);
		return page(query.full ? services : services.map(leanService), total, query.page, query.perPage);
	});
}

export async function getHsdsService(ctx: TenantContext, baseUrl: string, id: string): Promise<Json> {
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found');
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const rows = await tx
			.select()
			.from(offers)
			.where(scoped(offers, ctx, eq(offers.id, id), publishedOffers(ctx)));
		if (rows.length === 0) throw new AppError('not_found');
		return (await servicesFor(tx, ctx, c, rows))[0]!;
	});
}
