import { asc, desc, eq, inArray } from 'drizzle-orm';
import { offers, offerVersions } from '$lib/server/db/schema';
import { requireProvider } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** The provider's offers with the state of their latest change (waiting for review, sent back with a comment). */
export async function listProviderOffers(ctx: TenantContext) {
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const rows = await tx
			.select({
				id: offers.id,
				title: offers.title,
				status: offers.status,
				verifiedAt: offers.verifiedAt,
				updatedAt: offers.updatedAt
			})
			.from(offers)
			.where(scoped(offers, ctx, eq(offers.organisationId, organisationId)))
			.orderBy(asc(offers.title));
		const versions = rows.length
			? await tx
					.select({
						offerId: offerVersions.offerId,
						state: offerVersions.state,
						comment: offerVersions.comment,
						createdAt: offerVersions.createdAt
					})
					.from(offerVersions)
					.where(
						scoped(
							offerVersions,
							ctx,
							inArray(
								offerVersions.offerId,
								rows.map((r) => r.id)
							)
						)
					)
					.orderBy(desc(offerVersions.createdAt))
			: [];
		const latest = new Map<string, (typeof versions)[number]>();
		for (const v of versions) if (!latest.has(v.offerId)) latest.set(v.offerId, v);
		return rows.map((r) => {
			const v = latest.get(r.id);
			return {
				...r,
				change: v && (v.state === 'pending' || v.state === 'returned') ? { state: v.state, comment: v.comment } : null
			};
		});
	});
}
