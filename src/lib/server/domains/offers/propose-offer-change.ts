import { and, eq } from 'drizzle-orm';
import { offers, offerVersions } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireProvider } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { OfferFormInput } from './offer-schema';
import { inputToFormValues } from './offer-form-values';
import { compactFormValues } from './offer-version-values';
import { checkOfferReferences, writeOffer } from './write-offer';

/**
 * A provider editor changes one of their organisation's offers, or proposes a new one.
 * A published offer stays as it is: the change waits as a `pending` version for the
 * coordinator's review. An unpublished offer takes the change at once and waits in status
 * "in Prüfung". An earlier pending change of the same offer is replaced.
 */
export async function proposeOfferChange(
	ctx: TenantContext,
	id: string | null,
	input: OfferFormInput
): Promise<{ id: string; published: boolean }> {
	const { actor, organisationId } = requireProvider(ctx.actor, ctx.network.id);
	const now = ctx.now ?? new Date();
	const own: OfferFormInput = { ...input, organisationId };
	return tenantTx(ctx, async (tx) => {
		if (!id) {
			const saved = await writeOffer(tx, ctx, {
				id: null,
				input: own,
				expectedVersion: null,
				actor,
				now,
				status: 'review',
				verify: false,
				versionState: 'pending'
			});
			return { id: saved.id, published: false };
		}
		const [offer] = await tx
			.select({ id: offers.id, status: offers.status, version: offers.version })
			.from(offers)
			.where(scoped(offers, ctx, eq(offers.id, id), eq(offers.organisationId, organisationId)));
		if (!offer) throw new AppError('not_found');
		if (offer.version !== input.version) throw new AppError('conflict');
		// The change waits for review as form values: refuse another network's ids now, not at approval.
		await checkOfferReferences(tx, ctx, own);
		await tx
			.update(offerVersions)
			.set({ state: 'superseded' })
			.where(scoped(offerVersions, ctx, eq(offerVersions.offerId, id), and(eq(offerVersions.state, 'pending'))));
		if (offer.status !== 'published') {
			await writeOffer(tx, ctx, {
				id,
				input: own,
				expectedVersion: input.version,
				actor,
				now,
				status: 'review',
				verify: false,
				versionState: 'pending'
			});
			return { id, published: false };
		}
		const [version] = await tx
			.insert(offerVersions)
			.values({
				networkId: ctx.network.id,
				offerId: id,
				data: compactFormValues({ ...inputToFormValues(own), status: 'published' }),
				state: 'pending',
				baseVersion: offer.version,
				authorUserId: actor.userId,
				authorName: actor.name,
				createdAt: now
			})
			.returning({ id: offerVersions.id });
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'propose',
			entity: 'offer_version',
			entityId: version!.id,
			after: { offerId: id }
		});
		return { id, published: true };
	});
}
