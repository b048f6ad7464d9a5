import { events } from '$lib/server/db/schema';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { requireEventManager } from './event-access';
import type { EventInput } from './event-schema';
import { eventColumns, writeQuestions, writeSessions } from './event-row-helpers';

/**
 * A new event from the form. The coordination's starts as a draft (published by a separate step);
 * a provider editor's family event goes to the coordinator's review (status `review`).
 */
export async function createEvent(ctx: TenantContext, input: EventInput): Promise<{ id: string; status: string }> {
	const manager = requireEventManager(ctx);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const columns = await eventColumns(tx, ctx, manager, input);
		const status = manager.organisationId === null ? 'draft' : 'review';
		const [row] = await tx
			.insert(events)
			.values({
				...columns,
				networkId: ctx.network.id,
				status,
				createdBy: manager.actor.userId,
				createdAt: now,
				updatedAt: now
			})
			.returning();
		const { after: sessions } = await writeSessions(tx, ctx, row!.id, input.sessions);
		await writeQuestions(tx, ctx, row!.id, input.questions);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: manager.actor.userId,
			action: 'create',
			entity: 'event',
			entityId: row!.id,
			after: { ...row, sessions, questions: input.questions }
		});
		return { id: row!.id, status };
	});
}
