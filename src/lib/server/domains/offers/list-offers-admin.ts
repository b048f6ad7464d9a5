import { asc, desc, eq, ilike, inArray } from 'drizzle-orm';
import { districts, offerLocations, offers, organisations, topics } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/accounts/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/tenancy/context';

/** The coordinator's offer list (all states), newest change first, optionally filtered by title. */
export async function listOffersForCoordinator(ctx: TenantContext, q: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({ id: offers.id, title: offers.title, status: offers.status, verifiedAt: offers.verifiedAt, provider: organisations.name, updatedAt: offers.updatedAt })
			.from(offers)
			.leftJoin(organisations, eq(organisations.id, offers.organisationId))
			.where(scoped(offers, ctx, q ? ilike(offers.title, `%${q.replace(/[%_\\]/g, '\\$&')}%`) : undefined))
			.orderBy(desc(offers.updatedAt), asc(offers.title))
			.limit(500)
	);
}

/** Everything the offer form needs: the offer (or null), organisations, topics, districts. */
export async function loadOfferForm(ctx: TenantContext, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const offer = id ? (await tx.select().from(offers).where(scoped(offers, ctx, eq(offers.id, id))))[0] : null;
		if (id && !offer) throw new AppError('not_found');
		const location = offer ? (await tx.select().from(offerLocations).where(scoped(offerLocations, ctx, inArray(offerLocations.offerId, [offer.id]))).limit(1))[0] : undefined;
		return {
			offer: offer ?? null,
			location: location ?? null,
			organisations: await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(scoped(organisations, ctx)).orderBy(asc(organisations.name)),
			topics: await tx.select({ slug: topics.slug, name: topics.name }).from(topics).where(scoped(topics, ctx)).orderBy(asc(topics.position)),
			districts: await tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx)).orderBy(asc(districts.name)),
		};
	});
}
