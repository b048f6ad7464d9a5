import { and, eq, sql } from 'drizzle-orm';
import { processingRecords } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import type { ProcessingRecordInput } from './processing-record-schema';

/** Saves controller and DPO (coordinators only; optimistic lock on `version`, audited). */
export async function saveProcessingRecord(ctx: TenantContext, input: ProcessingRecordInput) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const where = scoped(processingRecords, ctx);
		const [before] = await tx.select().from(processingRecords).where(where).for('update');
		if ((before?.version ?? 0) !== input.version) throw new AppError('conflict');
		const values = {
			controllerName: input.controllerName,
			controllerAddress: input.controllerAddress,
			dpoContact: input.dpoContact,
			notes: input.notes,
			updatedAt: ctx.now ?? new Date(),
			updatedBy: actor.userId
		};
		const [after] = before
			? await tx
					.update(processingRecords)
					.set({ ...values, version: sql`${processingRecords.version} + 1` })
					.where(and(where, eq(processingRecords.version, input.version)))
					.returning()
			: await tx
					.insert(processingRecords)
					.values({ ...values, networkId: ctx.network.id })
					.onConflictDoNothing()
					.returning();
		if (!after) throw new AppError('conflict');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: before ? 'update' : 'create',
			entity: 'processing_record',
			entityId: ctx.network.id,
			before: before ?? null,
			after
		});
		return after;
	});
}
