import { agreements } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import type { AgreementInput } from './agreement-schema';
import { loadAgreement } from './load-agreement-rows';

/** Creates an agreement or changes its kind and title (optimistic lock on `input.version`). */
export async function saveAgreement(
	ctx: TenantContext,
	id: string | null,
	input: AgreementInput
): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const values = { kind: input.kind, title: input.title };
		if (!id) {
			const [row] = await tx
				.insert(agreements)
				.values({ ...values, networkId: ctx.network.id })
				.returning({ id: agreements.id });
			await recordAudit(tx, {
				networkId: ctx.network.id,
				actorUserId: actor.userId,
				action: 'create',
				entity: 'agreement',
				entityId: row!.id,
				after: values
			});
			return { id: row!.id };
		}
		const before = await loadAgreement(tx, ctx, id);
		const after = await updateVersioned(tx, ctx, agreements, { id, version: input.version }, values);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'agreement',
			entityId: id,
			before,
			after
		});
		return { id };
	});
}
