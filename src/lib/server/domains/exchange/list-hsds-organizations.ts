import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { offers, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { stillFreshSql } from '$lib/server/domains/offers/freshness';
import { hsdsToday, page, type HsdsContext, type Json, type Page, type PageQuery } from './hsds-helpers';
import { loadHsdsContext, publishedOffers, servicesFor } from './load-hsds-data';
import { hsdsOrganization } from './map-hsds-organization';
import { hsdsService, leanService } from './map-hsds-service';

/** Organisations that provide at least one published offer, each with the ids of those offers. */
async function providingOrganizations(
	tx: Tx,
	ctx: TenantContext,
	c: HsdsContext,
	filter: SQL | undefined,
	page: { limit: number; offset: number },
	fullService = false
) {
	const providing = sql`exists (select 1 from offers o where o.organisation_id = ${organisations.id} and o.status = 'published' and ${stillFreshSql(ctx.network.id, ctx.now ?? new Date(), 'o')})`;
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(organisations)
		.where(scoped(organisations, ctx, providing, filter));
	const rows = await tx
		.select()
		.from(organisations)
		.where(scoped(organisations, ctx, providing, filter))
		.orderBy(asc(organisations.name), asc(organisations.id))
		.limit(page.limit)
		.offset(page.offset);
	const services = rows.length
		? await tx
				.select()
				.from(offers)
				.where(
					scoped(
						offers,
						ctx,
						inArray(
							offers.organisationId,
							rows.map((r) => r.id)
						),
						publishedOffers(ctx)
					)
				)
				.orderBy(asc(offers.title), asc(offers.id))
		: [];
	const today = hsdsToday(ctx);
	// full_service=true: each service fully nested (locations, schedules …); else id, name, status and the other one-to-one fields.
	const mapped = fullService
		? await servicesFor(tx, ctx, c, services)
		: services.map((o) => leanService(hsdsService(c, o, null, [], today)));
	return {
		total: n,
		contents: rows.map((r) =>
			hsdsOrganization(
				c,
				r,
				mapped.filter((s) => s.organization_id === r.id)
			)
		)
	};
}

export async function listHsdsOrganizations(
	ctx: TenantContext,
	baseUrl: string,
	query: PageQuery & { fullService?: boolean }
): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => {
		const search = query.q
			? sql`nfh_unaccent(lower(${organisations.name})) like '%' || nfh_unaccent(lower(${query.q})) || '%'`
			: undefined;
		const found = await providingOrganizations(
			tx,
			ctx,
			await loadHsdsContext(tx, ctx, baseUrl),
			search,
			{
				limit: query.perPage,
				offset: (query.page - 1) * query.perPage
			},
			query.fullService
		);
		return page(found.contents, found.total, query.page, query.perPage);
	});
}

export async function getHsdsOrganization(
	ctx: TenantContext,
	baseUrl: string,
	id: string,
	fullService = false
): Promise<Json> {
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found');
	return tenantTx(ctx, async (tx) => {
		const found = await providingOrganizations(
			tx,
			ctx,
			await loadHsdsContext(tx, ctx, baseUrl),
			eq(organisations.id, id),
			{ limit: 1, offset: 0 },
			fullService
		);
		if (!found.contents[0]) throw new AppError('not_found');
		return found.contents[0];
	});
}
