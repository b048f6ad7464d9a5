import { eq } from 'drizzle-orm';
import { documents } from '$lib/server/db/schema';
import { actorBodyIds } from '$lib/server/domains/bodies/actor-bodies';
import { AppError } from '$lib/server/errors';
import { hasRole, requireNetworkAccess } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import type { FilesContext } from './file-store';
import { mayOpen } from './document-access';

/** The file, if this person may open it; otherwise not_found (so a guessed id reveals nothing). */
export async function openDocument(
	ctx: FilesContext,
	id: string
): Promise<{ data: Buffer; fileName: string; contentType: string }> {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	const coordinator = hasRole(actor, 'coordinator', ctx.network.id);
	const doc = await tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.select()
			.from(documents)
			.where(scoped(documents, ctx, eq(documents.id, id)));
		if (!row) return null;
		const myBodies = coordinator ? new Set<string>() : await actorBodyIds(tx, ctx, actor);
		return mayOpen(row, coordinator, myBodies) ? row : null;
	});
	if (!doc) throw new AppError('not_found');
	const data = await ctx.files.get(doc.storageKey);
	if (!data) throw new AppError('not_found');
	return { data, fileName: doc.fileName, contentType: doc.contentType };
}
