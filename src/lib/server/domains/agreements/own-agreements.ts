import { and, eq } from 'drizzle-orm';
import { agreementSignatures } from '$lib/server/db/schema';
import { requireProvider } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { agreementOverview } from './agreement-overview';
import { newSigningLink } from './signing-link';

/**
 * For a provider editor: the network's agreements in their current version and where the own
 * organisation stands; `open` while the organisation can still sign (see openOwnSigningLink).
 */
export async function ownAgreements(ctx: TenantContext) {
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const current = await agreementOverview(tx, ctx);
		const result = [];
		for (const a of current) {
			const [own] = await tx
				.select({
					state: agreementSignatures.state,
					signedOn: agreementSignatures.signedOn,
					signerName: agreementSignatures.signerName
				})
				.from(agreementSignatures)
				.where(
					scoped(
						agreementSignatures,
						ctx,
						and(eq(agreementSignatures.versionId, a.versionId), eq(agreementSignatures.organisationId, organisationId))
					)
				);
			result.push({
				title: a.title,
				number: a.number,
				adoptedOn: a.adoptedOn,
				state: own?.state ?? ('not_sent' as const),
				signedOn: own?.signedOn ?? null,
				signerName: own?.signerName ?? '',
				versionId: a.versionId,
				open: !!own && own.state !== 'signed'
			});
		}
		return result;
	});
}

/**
 * The provider editor's way to the signing page: only hashes of links are stored, so each visit
 * gets a new personal link of the own organisation (the mailed ones keep working).
 */
export async function openOwnSigningLink(ctx: TenantContext & { baseUrl: string }, versionId: string): Promise<string> {
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [own] = await tx
			.select({ id: agreementSignatures.id, state: agreementSignatures.state })
			.from(agreementSignatures)
			.where(
				scoped(
					agreementSignatures,
					ctx,
					and(eq(agreementSignatures.versionId, versionId), eq(agreementSignatures.organisationId, organisationId))
				)
			);
		if (!own || own.state === 'signed') throw new AppError('not_found');
		return `${ctx.baseUrl}/unterschrift/${ctx.network.slug}/${await newSigningLink(tx, own.id)}`;
	});
}
