import { eq, inArray } from 'drizzle-orm';
import { offerVersions } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { translate } from '$lib/i18n';
import { offerFormSchema, type OfferFormInput } from './offer-schema';
import { expandFormValues } from './offer-version-values';
import { writeOffer } from './write-offer';

/** Makes an older version live again (as a new version; nothing in the history is lost). */
export async function restoreOfferVersion(
	ctx: TenantContext,
	offerId: string,
	versionId: string,
	expectedVersion: number
): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	await tenantTx(ctx, async (tx) => {
		const [version] = await tx
			.select()
			.from(offerVersions)
			.where(
				scoped(
					offerVersions,
					ctx,
					eq(offerVersions.id, versionId),
					eq(offerVersions.offerId, offerId),
					inArray(offerVersions.state, ['applied', 'approved'])
				)
			);
		if (!version) throw new AppError('not_found');
		const parsed = offerFormSchema.safeParse(expandFormValues(version.data));
		if (!parsed.success) throw new AppError('validation', { field: 'form' });
		const input = parsed.data as OfferFormInput;
		await writeOffer(tx, ctx, {
			id: offerId,
			input,
			expectedVersion,
			actor,
			now,
			status: input.status,
			verify: false,
			versionState: 'applied',
			comment: translate('de', 'server.offers.restoredComment', { day: version.createdAt.toISOString().slice(0, 10) })
		});
	});
}
