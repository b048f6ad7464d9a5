import { and, eq } from 'drizzle-orm';
import { tasks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** Marks a task done or open again. */
export async function setTaskStatus(ctx: TenantContext, taskId: string, done: boolean): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.update(tasks)
			.set({ status: done ? 'done' : 'open' })
			.where(scoped(tasks, ctx, and(eq(tasks.id, taskId))))
			.returning({ id: tasks.id });
		if (!row) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: done ? 'done' : 'reopen',
			entity: 'task',
			entityId: taskId
		});
	});
}
