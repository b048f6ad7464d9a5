import { asc, desc, eq, ilike } from 'drizzle-orm';
import { offers, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** The coordinator's offer list (all states), newest change first, optionally filtered by title. */
export async function listOffersForCoordinator(ctx: TenantContext, q: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({
				id: offers.id,
				title: offers.title,
				status: offers.status,
				verifiedAt: offers.verifiedAt,
				provider: organisations.name,
				updatedAt: offers.updatedAt
			})
			.from(offers)
			.leftJoin(organisations, eq(organisations.id, offers.organisationId))
			.where(scoped(offers, ctx, q ? ilike(offers.title, `%${q.replace(/[%_\\]/g, '\\$&')}%`) : undefined))
			.orderBy(desc(offers.updatedAt), asc(offers.title))
			.limit(500)
	);
}
