import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, offerConfirmations, offers } from '$lib/server/db/schema';
import { isLinkToken, linkHash, refuseLink } from '$lib/server/domains/shared/personal-link';
import { recordAudit } from '$lib/server/domains/shared/record-audit';

export type ConfirmationInfo =
	| { state: 'valid'; offerTitle: string; networkName: string; offerId: string }
	| { state: 'used' | 'expired' | 'confirmed'; offerTitle: string; networkName: string; offerId: string }
	| { state: 'unknown' };

/**
 * What a "still current" link refers to, without using it. The link works without login:
 * a token only lets its holder confirm that one offer, nothing else.
 */
export async function describeConfirmation(db: Db, token: string, now: Date): Promise<ConfirmationInfo> {
	if (!isLinkToken(token)) return { state: 'unknown' };
	return withSystem(db, async (tx) => {
		const [row] = await tx
			.select({
				usedAt: offerConfirmations.usedAt,
				expiresAt: offerConfirmations.expiresAt,
				offerId: offers.id,
				offerTitle: offers.title,
				networkName: networks.name,
				networkSlug: networks.slug
			})
			.from(offerConfirmations)
			.innerJoin(offers, eq(offers.id, offerConfirmations.offerId))
			.innerJoin(networks, eq(networks.id, offerConfirmations.networkId))
			.where(eq(offerConfirmations.id, linkHash(token)));
		// The link carries no network in its address, so the network is not compared.
		const refusal = refuseLink(row, null, now);
		if (!row || refusal === 'unknown') return { state: 'unknown' };
		const base = { offerTitle: row.offerTitle, networkName: row.networkName, offerId: row.offerId };
		if (refusal === 'used' || refusal === 'expired') return { state: refusal, ...base };
		return { state: 'valid', ...base };
	});
}

/** Uses the link: the offer counts as verified now (and is shown again if it was hidden). */
export async function confirmOfferCurrent(db: Db, token: string, now: Date): Promise<ConfirmationInfo> {
	if (!isLinkToken(token)) return { state: 'unknown' };
	const used = await withSystem(db, async (tx) => {
		const [row] = await tx
			.update(offerConfirmations)
			.set({ usedAt: now })
			.where(
				and(
					eq(offerConfirmations.id, linkHash(token)),
					isNull(offerConfirmations.usedAt),
					gt(offerConfirmations.expiresAt, now)
				)
			)
			.returning({ offerId: offerConfirmations.offerId, networkId: offerConfirmations.networkId });
		if (!row) return false;
		const [before] = await tx.select({ verifiedAt: offers.verifiedAt }).from(offers).where(eq(offers.id, row.offerId));
		await tx
			.update(offers)
			.set({ verifiedAt: now, reminderSentAt: null, hiddenNoticeSentAt: null })
			.where(eq(offers.id, row.offerId));
		await recordAudit(tx, {
			networkId: row.networkId,
			actorUserId: null,
			action: 'confirm_current',
			entity: 'offer',
			entityId: row.offerId,
			before,
			after: { verifiedAt: now }
		});
		return true;
	});
	const info = await describeConfirmation(db, token, now);
	return used && info.state === 'used' ? { ...info, state: 'confirmed' } : info;
}
