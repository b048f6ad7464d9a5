import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { offers } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { NO_FILTERS, searchOffers } from '$lib/server/domains/offers/search-offers';
import { page, type Json, type Page, type PageQuery } from './hsds-helpers';
import { hasHsdaFilters, hsdaOfferCondition, NO_HSDA_FILTERS, type HsdaFilters } from './hsda-filters';
import { loadHsdsContext, publishedOffers, servicesFor } from './load-hsds-data';
import { leanService } from './map-hsds-service';

type OfferRow = typeof offers.$inferSelect;

/** The most ranked ids a search with filters looks through (the portal search's own page limit). */
const SEARCH_WINDOW = 500;

/** The ids (in ranking order) and total of the portal search for `q`; with filters, all of its window. */
async function searchIds(
	ctx: TenantContext,
	query: PageQuery,
	filtered: boolean
): Promise<{ ids: string[]; total: number }> {
	const result = await searchOffers(ctx, {
		...NO_FILTERS,
		q: query.q,
		page: filtered ? 1 : query.page,
		pageSize: filtered ? SEARCH_WINDOW : query.perPage
	});
	return { ids: result.hits.map((h) => h.id), total: result.total };
}

/** One page of all published offers matching `where`, by title; the total in the same statement. */
async function publishedPage(
	tx: Tx,
	ctx: TenantContext,
	query: PageQuery,
	where: SQL | undefined
): Promise<{ rows: OfferRow[]; total: number }> {
	const matching = scoped(offers, ctx, publishedOffers(ctx), where);
	const found = await tx
		.select({ offer: offers, total: sql<number>`count(*) over ()::int` })
		.from(offers)
		.where(matching)
		.orderBy(asc(offers.title), asc(offers.id))
		.limit(query.perPage)
		.offset((query.page - 1) * query.perPage);
	if (found.length) return { rows: found.map((f) => f.offer), total: Number(found[0]!.total) };
	// A page after the last: the total needs a count of its own.
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(offers)
		.where(matching);
	return { rows: [], total: n };
}

/**
 * GET /services: published services, paged; `q` uses the portal's search (same ranking), the
 * HSDA filters narrow either (modified_after, postcode, proximity, taxonomy, organization, area).
 */
export async function listHsdsServices(
	ctx: TenantContext,
	baseUrl: string,
	query: PageQuery,
	filters: HsdaFilters = NO_HSDA_FILTERS
): Promise<Page<Json>> {
	const filtered = hasHsdaFilters(filters);
	const searched = query.q ? await searchIds(ctx, query, filtered) : null;
	return tenantTx(ctx, async (tx) => {
		const c = await loadHsdsContext(tx, ctx, baseUrl);
		const where = await hsdaOfferCondition(tx, ctx, c, filters);
		let rows: OfferRow[];
		let total: number;
		if (searched) {
			const found = searched.ids.length
				? await tx
						.select()
						.from(offers)
						.where(scoped(offers, ctx, inArray(offers.id, searched.ids), where))
				: [];
			const ranked = searched.ids.flatMap((id) => found.filter((r) => r.id === id));
			rows = filtered ? ranked.slice((query.page - 1) * query.perPage, query.page * query.perPage) : ranked;
			total = filtered ? ranked.length : searched.total;
		} else {
			({ rows, total } = await publishedPage(tx, ctx, query, where));
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
