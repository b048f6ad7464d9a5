import { asc, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { agreementSignatures, agreementVersions, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { loadCurrentVersion, mailRequest, recipients, type LinkContext } from './signature-request';
import { newSigningLink } from './signing-link';

/** Members and cooperation partners not yet asked for this version; refused when there is nobody at all. */
async function organisationsToAsk(tx: Tx, ctx: TenantContext, versionId: string) {
	const asked = new Set(
		(
			await tx
				.select({ id: agreementSignatures.organisationId })
				.from(agreementSignatures)
				.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.versionId, versionId)))
		).map((r) => r.id)
	);
	const orgs = (
		await tx
			.select({ id: organisations.id, name: organisations.name, email: organisations.email })
			.from(organisations)
			.where(scoped(organisations, ctx, isParticipating(organisations.membershipStatus)))
			.orderBy(asc(organisations.name))
	).filter((o) => !asked.has(o.id));
	if (orgs.length === 0 && asked.size === 0)
		throw new AppError('validation', { field: 'form', message: 'error.agreementNoMembers' });
	return orgs;
}

/** Organisations that signed an earlier version of this agreement (the mail says so). */
async function signedBefore(tx: Tx, ctx: TenantContext, agreementId: string) {
	const rows = await tx
		.select({ id: agreementSignatures.organisationId })
		.from(agreementSignatures)
		.innerJoin(agreementVersions, eq(agreementVersions.id, agreementSignatures.versionId))
		.where(
			scoped(
				agreementSignatures,
				ctx,
				eq(agreementVersions.agreementId, agreementId),
				eq(agreementSignatures.state, 'signed')
			)
		);
	return new Set(rows.map((r) => r.id));
}

/**
 * Sends a version for signature: every member and cooperation partner that has not been asked
 * for this version gets a personal link (later calls only reach organisations added since).
 * From now on the wording is fixed. Organisations without any e-mail address stay "not sent".
 */
export async function sendForSignature(
	ctx: LinkContext,
	agreementId: string,
	versionId: string
): Promise<{ sent: number; withoutAddress: string[] }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const { version, title } = await loadCurrentVersion(tx, ctx, agreementId, versionId);
		const orgs = await organisationsToAsk(tx, ctx, versionId);
		const previous = await signedBefore(tx, ctx, agreementId);
		const to = await recipients(tx, ctx, orgs);
		const withoutAddress: string[] = [];
		let sent = 0;
		for (const org of orgs) {
			const people = to.get(org.id) ?? [];
			if (people.length === 0) {
				withoutAddress.push(org.name);
				continue;
			}
			const [row] = await tx
				.insert(agreementSignatures)
				.values({
					networkId: ctx.network.id,
					versionId,
					organisationId: org.id,
					sentTo: people.map((p) => p.email).join(', '),
					sentAt: now
				})
				.returning({ id: agreementSignatures.id });
			const token = await newSigningLink(tx, row!.id);
			const v = { title, number: version.number, adoptedOn: version.adoptedOn };
			await mailRequest(tx, ctx, 'request', v, org, people, token, previous.has(org.id));
			sent++;
		}
		await tx
			.update(agreementVersions)
			.set({ sentAt: version.sentAt ?? now })
			.where(scoped(agreementVersions, ctx, eq(agreementVersions.id, versionId)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'send',
			entity: 'agreement_version',
			entityId: versionId,
			after: { sent, withoutAddress }
		});
		return { sent, withoutAddress };
	});
}
