import { and, eq } from 'drizzle-orm';
import { guidanceCards } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { insertDefaultGuidance } from './save-guidance-card';

/** Deletes one card, only in the version the coordinator saw (someone's change in between: conflict). */
export async function deleteGuidanceCard(ctx: TenantContext, row: { id: string; version: number }): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const [before] = await tx
			.delete(guidanceCards)
			.where(scoped(guidanceCards, ctx, and(eq(guidanceCards.id, row.id), eq(guidanceCards.version, row.version))))
			.returning();
		if (!before) {
			const [still] = await tx
				.select({ id: guidanceCards.id })
				.from(guidanceCards)
				.where(scoped(guidanceCards, ctx, eq(guidanceCards.id, row.id)));
			throw new AppError(still ? 'conflict' : 'not_found');
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'delete',
			entity: 'guidance_card',
			entityId: row.id,
			before
		});
	});
}

/** Replaces all of the network's cards with the shipped ones. */
export async function resetGuidanceCards(ctx: TenantContext): Promise<number> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const removed = await tx
			.delete(guidanceCards)
			.where(scoped(guidanceCards, ctx))
			.returning({ id: guidanceCards.id });
		const count = await insertDefaultGuidance(tx, ctx.network.id);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'reset',
			entity: 'guidance_card',
			entityId: ctx.network.id,
			before: { removed: removed.length },
			after: { inserted: count }
		});
		return count;
	});
}
