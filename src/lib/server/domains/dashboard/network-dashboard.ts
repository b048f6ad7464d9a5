import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { bodies, meetings, organisations, tasks } from '$lib/server/db/schema';
import { agreementOverview } from '$lib/server/domains/agreements/agreement-overview';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** The coordinator's start page: next meetings with their answers, open tasks by due date, unsigned agreements, organisations asking to join. */
export async function networkDashboard(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => ({
		nextMeetings: await tx
			.select({
				id: meetings.id,
				bodyId: meetings.bodyId,
				bodyName: bodies.name,
				title: meetings.title,
				startsAt: meetings.startsAt,
				yes: sql<number>`(select count(*)::int from meeting_invitations i where i.meeting_id = ${meetings.id} and i.answer = 'yes')`,
				no: sql<number>`(select count(*)::int from meeting_invitations i where i.meeting_id = ${meetings.id} and i.answer = 'no')`,
				invited: sql<number>`(select count(*)::int from meeting_invitations i where i.meeting_id = ${meetings.id})`
			})
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(scoped(meetings, ctx, and(gt(meetings.startsAt, now), eq(meetings.status, 'planned'))))
			.orderBy(asc(meetings.startsAt))
			.limit(5),
		// Open tasks, earliest due date first; tasks without a date come last.
		openTasks: await tx
			.select({
				id: tasks.id,
				title: tasks.title,
				owner: tasks.owner,
				dueDate: tasks.dueDate,
				bodyId: tasks.bodyId,
				meetingId: tasks.meetingId,
				bodyName: bodies.name
			})
			.from(tasks)
			.innerJoin(bodies, eq(bodies.id, tasks.bodyId))
			.where(scoped(tasks, ctx, eq(tasks.status, 'open')))
			.orderBy(sql`nullif(${tasks.dueDate}, '') asc nulls last`, asc(tasks.title))
			.limit(15),
		agreements: await agreementOverview(tx, ctx),
		requests: await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(scoped(organisations, ctx, eq(organisations.membershipStatus, 'angefragt')))
			.orderBy(asc(organisations.name))
	}));
}
