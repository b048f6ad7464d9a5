import { eq } from 'drizzle-orm';
import { documents } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import type { FilesContext } from './file-store';

/** Deletes a document and then its file (coordinator). */
export async function deleteDocument(ctx: FilesContext, id: string): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const removed = await tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.delete(documents)
			.where(scoped(documents, ctx, eq(documents.id, id)))
			.returning();
		if (!row) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'delete',
			entity: 'document',
			entityId: id,
			before: row
		});
		return row;
	});
	await ctx.files.remove(removed.storageKey);
}
