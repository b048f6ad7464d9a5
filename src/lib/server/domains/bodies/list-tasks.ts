import { asc, eq, sql } from 'drizzle-orm';
import { bodies, meetings, tasks, TASK_STATUSES, type TaskStatus } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

export type TaskFilter = { status: TaskStatus | ''; bodyId: string };

/** Reads the filter from the page's query string; anything unknown means "all". */
export function taskFilter(params: URLSearchParams): TaskFilter {
	const status = params.get('status') ?? 'open';
	const bodyId = params.get('gremium') ?? '';
	return {
		status: (TASK_STATUSES as readonly string[]).includes(status) ? (status as TaskStatus) : '',
		bodyId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(bodyId) ? bodyId : ''
	};
}

/** All tasks from the minutes of all bodies, earliest due date first (without a date last). */
export async function listTasks(ctx: TenantContext, filter: TaskFilter) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => ({
		bodies: await tx
			.select({ id: bodies.id, name: bodies.name })
			.from(bodies)
			.where(scoped(bodies, ctx))
			.orderBy(asc(bodies.name)),
		tasks: await tx
			.select({
				id: tasks.id,
				title: tasks.title,
				owner: tasks.owner,
				dueDate: tasks.dueDate,
				status: tasks.status,
				reminderSentAt: tasks.reminderSentAt,
				ownerContactId: tasks.ownerContactId,
				bodyId: tasks.bodyId,
				bodyName: bodies.name,
				meetingId: tasks.meetingId,
				meetingTitle: meetings.title,
				meetingStartsAt: meetings.startsAt
			})
			.from(tasks)
			.innerJoin(bodies, eq(bodies.id, tasks.bodyId))
			.innerJoin(meetings, eq(meetings.id, tasks.meetingId))
			.where(
				scoped(
					tasks,
					ctx,
					filter.status ? eq(tasks.status, filter.status) : undefined,
					filter.bodyId ? eq(tasks.bodyId, filter.bodyId) : undefined
				)
			)
			.orderBy(sql`nullif(${tasks.dueDate}, '') asc nulls last`, asc(tasks.title))
	}));
}
