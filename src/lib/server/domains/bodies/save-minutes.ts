import { eq } from 'drizzle-orm';
import { meetings, tasks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { resolveTaskOwner, taskOwnerChoices } from './task-owners';
import { TASK_ROWS, type MinutesInput } from './minutes-schema';

/** Saves the minutes and adds the new tasks. */
export async function saveMinutes(
	ctx: TenantContext,
	bodyId: string,
	meetingId: string,
	input: MinutesInput
): Promise<{ added: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [meeting] = await tx
			.update(meetings)
			.set({ minutes: input.minutes })
			.where(scoped(meetings, ctx, eq(meetings.id, meetingId), eq(meetings.bodyId, bodyId)))
			.returning({ id: meetings.id });
		if (!meeting) throw new AppError('not_found');
		const choices = await taskOwnerChoices(tx, ctx, bodyId);
		const rows = Array.from({ length: TASK_ROWS }, (_, i) => ({
			title: input[`task-${i}-title`] ?? '',
			owner: input[`task-${i}-owner`] ?? '',
			dueDate: input[`task-${i}-due`] ?? ''
		}))
			.filter((r) => r.title)
			.map((r) => ({ ...r, ownerContactId: resolveTaskOwner(choices, r.owner) }));
		if (rows.length)
			await tx.insert(tasks).values(rows.map((r) => ({ ...r, networkId: ctx.network.id, bodyId, meetingId })));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'minutes',
			entity: 'meeting',
			entityId: meetingId,
			after: { minutes: input.minutes, tasks: rows }
		});
		return { added: rows.length };
	});
}
