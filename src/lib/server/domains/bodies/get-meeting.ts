import { asc, eq } from 'drizzle-orm';
import { meetingInvitations, meetings } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { loadBody } from './load-meeting-rows';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** A body with one of its meetings (or none, for a new one) and the invitations with their answers (coordinator). */
export async function getMeeting(ctx: TenantContext, bodyId: string, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const body = await loadBody(tx, ctx, bodyId);
		const meeting = id
			? (
					await tx
						.select()
						.from(meetings)
						.where(scoped(meetings, ctx, eq(meetings.id, id), eq(meetings.bodyId, bodyId)))
				)[0]
			: null;
		if (id && !meeting) throw new AppError('not_found');
		const invitations = id
			? await tx
					.select({
						id: meetingInvitations.id,
						name: meetingInvitations.name,
						email: meetingInvitations.email,
						organisationName: meetingInvitations.organisationName,
						answer: meetingInvitations.answer,
						answeredAt: meetingInvitations.answeredAt
					})
					.from(meetingInvitations)
					.where(scoped(meetingInvitations, ctx, eq(meetingInvitations.meetingId, id)))
					.orderBy(asc(meetingInvitations.organisationName), asc(meetingInvitations.name))
			: [];
		return { body, meeting: meeting ?? null, invitations };
	});
}
