import { eq } from 'drizzle-orm';
import { contactRequests } from '$lib/server/db/schema';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { AppError } from '$lib/server/errors';
import { contactRequestArea } from './contact-request-access';

/**
 * Marks a request done (the provider called back or wrote). Optimistic: someone else's change in
 * between is a `conflict`. A request outside the actor's area, of another network or already gone
 * is `not_found`. The audit entry names the request by its id only — no personal data in the log.
 */
export async function markContactRequestDone(ctx: TenantContext, row: { id: string; version: number }): Promise<void> {
	const area = contactRequestArea(ctx);
	const now = ctx.now ?? new Date();
	await tenantTx(ctx, async (tx) => {
		const [found] = await tx
			.select({ id: contactRequests.id, status: contactRequests.status })
			.from(contactRequests)
			.where(scoped(contactRequests, ctx, eq(contactRequests.id, row.id), area));
		if (!found) throw new AppError('not_found');
		if (found.status === 'done') throw new AppError('conflict');
		await updateVersioned(tx, ctx, contactRequests, row, { status: 'done', doneAt: now, doneBy: ctx.actor!.userId });
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: ctx.actor!.userId,
			action: 'contact_request.done',
			entity: 'contact_request',
			entityId: row.id
		});
	});
}
