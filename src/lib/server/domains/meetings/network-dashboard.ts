import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { bodies, meetings, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/accounts/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/tenancy/context';

/** The coordinator's start page: next meetings with their answers, and organisations asking to join. */
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
		requests: await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).where(scoped(organisations, ctx, eq(organisations.membershipStatus, 'angefragt'))).orderBy(asc(organisations.name))
	}));
}
