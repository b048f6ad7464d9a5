import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { OfferFormInput } from './offer-schema';
import { writeOffer } from './write-offer';

/**
 * The coordinator creates (`id` null) or updates an offer: live at once, kept as a version
 * in the history. Optimistic locking on `version` (AppError 'conflict' when someone saved
 * in the meantime).
 */
export async function saveOffer(
	ctx: TenantContext,
	id: string | null,
	input: OfferFormInput
): Promise<{ id: string; version: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, (tx) =>
		writeOffer(tx, ctx, {
			id,
			input,
			expectedVersion: id ? input.version : null,
			actor,
			now,
			status: input.status,
			verify: input.markVerified,
			versionState: 'applied'
		})
	);
}
