import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { agreementSignatures, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { loadCurrentVersion, mailRequest, recipients, type LinkContext } from './signature-request';
import { newSigningLink } from './signing-link';

/** Reminds every organisation that was asked to sign this (current) version and has not answered. */
export async function remindUnsigned(
	ctx: LinkContext,
	agreementId: string,
	versionId: string
): Promise<{ reminded: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const result = await remindOpenSignatures(tx, ctx, agreementId, versionId, actor.userId, null);
		if (result.reminded === 0)
			throw new AppError('validation', { field: 'form', message: 'error.agreementNothingOpen' });
		return result;
	});
}

/**
 * The reminder itself, in the caller's transaction: the coordinator's button (all open ones)
 * and the scheduled job (`only` those due; no person as actor).
 */
export async function remindOpenSignatures(
	tx: Tx,
	ctx: LinkContext,
	agreementId: string,
	versionId: string,
	actorUserId: string | null,
	only: string[] | null
): Promise<{ reminded: number }> {
	const now = ctx.now ?? new Date();
	const { version, title } = await loadCurrentVersion(tx, ctx, agreementId, versionId);
	if (!version.sentAt) throw new AppError('validation', { field: 'form', message: 'error.agreementNotSent' });
	const open = await tx
		.select({
			id: agreementSignatures.id,
			organisationId: organisations.id,
			name: organisations.name,
			email: organisations.email
		})
		.from(agreementSignatures)
		.innerJoin(organisations, eq(organisations.id, agreementSignatures.organisationId))
		.where(
			scoped(
				agreementSignatures,
				ctx,
				and(
					eq(agreementSignatures.versionId, versionId),
					eq(agreementSignatures.state, 'sent'),
					only
						? inArray(agreementSignatures.organisationId, only.length ? only : ['00000000-0000-0000-0000-000000000000'])
						: undefined
				)
			)
		);
	if (open.length === 0) return { reminded: 0 };
	const to = await recipients(
		tx,
		ctx,
		open.map((o) => ({ id: o.organisationId, email: o.email }))
	);
	for (const o of open) {
		const token = await newSigningLink(tx, o.id);
		await mailRequest(
			tx,
			ctx,
			'reminder',
			{ title, number: version.number, adoptedOn: version.adoptedOn },
			o,
			to.get(o.organisationId) ?? [],
			token,
			false
		);
		await tx
			.update(agreementSignatures)
			.set({ remindedAt: now, reminders: sql`${agreementSignatures.reminders} + 1` })
			.where(scoped(agreementSignatures, ctx, eq(agreementSignatures.id, o.id)));
	}
	await recordAudit(tx, {
		networkId: ctx.network.id,
		actorUserId,
		action: 'remind',
		entity: 'agreement_version',
		entityId: versionId,
		after: { reminded: open.map((o) => o.name), automatic: actorUserId === null }
	});
	return { reminded: open.length };
}
