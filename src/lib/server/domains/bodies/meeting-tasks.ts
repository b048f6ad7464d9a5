import { asc, eq, lt, ne } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { meetings, tasks } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** Open tasks of the body from meetings before this one: they come onto this meeting's agenda. */
export async function carriedTasks(
	tx: Tx,
	ctx: TenantContext,
	meeting: { id: string; bodyId: string; startsAt: Date }
) {
	return tx
		.select({ id: tasks.id, title: tasks.title, owner: tasks.owner, dueDate: tasks.dueDate })
		.from(tasks)
		.innerJoin(meetings, eq(meetings.id, tasks.meetingId))
		.where(
			scoped(
				tasks,
				ctx,
				eq(tasks.bodyId, meeting.bodyId),
				eq(tasks.status, 'open'),
				ne(tasks.meetingId, meeting.id),
				lt(meetings.startsAt, meeting.startsAt)
			)
		)
		.orderBy(asc(tasks.dueDate), asc(tasks.title));
}

/** A meeting's own tasks and the open ones carried over from earlier meetings (coordinator). */
export async function meetingTasks(ctx: TenantContext, meeting: { id: string; bodyId: string; startsAt: Date }) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => ({
		own: await tx
			.select()
			.from(tasks)
			.where(scoped(tasks, ctx, eq(tasks.meetingId, meeting.id)))
			.orderBy(asc(tasks.createdAt)),
		carried: await carriedTasks(tx, ctx, meeting)
	}));
}
