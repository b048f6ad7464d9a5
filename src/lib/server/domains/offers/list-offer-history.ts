import { desc, eq } from 'drizzle-orm';
import { offers, offerVersions } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { diffFormValues } from './offer-version-values';

/** Every version of an offer, newest first, with who made it and what became of it. */
export async function listOfferHistory(ctx: TenantContext, offerId: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [offer] = await tx
			.select({ id: offers.id, title: offers.title, version: offers.version })
			.from(offers)
			.where(scoped(offers, ctx, eq(offers.id, offerId)));
		if (!offer) throw new AppError('not_found');
		const versions = await tx
			.select()
			.from(offerVersions)
			.where(scoped(offerVersions, ctx, eq(offerVersions.offerId, offerId)))
			.orderBy(desc(offerVersions.createdAt));
		// What each version changed compared with the version before it (oldest has nothing to compare).
		const withChanges = versions.map((v, i) => {
			const previous = versions.slice(i + 1).find((p) => p.state === 'applied' || p.state === 'approved');
			return { ...v, changes: diffFormValues(previous?.data ?? null, v.data).map((c) => c.field) };
		});
		return { offer, versions: withChanges };
	});
}
