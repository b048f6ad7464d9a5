import { and, eq } from 'drizzle-orm';
import { agreementSignatures } from '$lib/server/db/schema';
import { requireProvider } from '$lib/server/domains/accounts/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/tenancy/context';
import { agreementOverview } from './manage-agreements';

/**
 * For a provider editor: the network's agreements in their current version and where the own
 * organisation stands, with the organisation's personal signing link while it is open.
 */
export async function ownAgreements(ctx: TenantContext & { baseUrl: string }) {
	const { organisationId } = requireProvider(ctx.actor, ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const current = await agreementOverview(tx, ctx);
		const result = [];
		for (const a of current) {
			const [own] = await tx
				.select({ state: agreementSignatures.state, signedOn: agreementSignatures.signedOn, signerName: agreementSignatures.signerName, token: agreementSignatures.token })
				.from(agreementSignatures)
				.where(scoped(agreementSignatures, ctx, and(eq(agreementSignatures.versionId, a.versionId), eq(agreementSignatures.organisationId, organisationId))));
			result.push({
				title: a.title,
				number: a.number,
				adoptedOn: a.adoptedOn,
				state: own?.state ?? ('not_sent' as const),
				signedOn: own?.signedOn ?? null,
				signerName: own?.signerName ?? '',
				link: own && own.state !== 'signed' ? `${ctx.baseUrl}/unterschrift/${ctx.network.slug}/${own.token}` : null
			});
		}
		return result;
	});
}
