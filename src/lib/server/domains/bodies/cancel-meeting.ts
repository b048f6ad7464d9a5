import { and, eq, sql } from 'drizzle-orm';
import { bodies, meetingInvitations, meetings } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { mailInvitees, type MeetingContext } from './mail-invitees';

/** Cancels a meeting: invitees get METHOD:CANCEL with the same UID and a higher SEQUENCE. */
export async function cancelMeeting(ctx: MeetingContext, bodyId: string, id: string): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const [body] = await tx
			.select()
			.from(bodies)
			.where(scoped(bodies, ctx, eq(bodies.id, bodyId)));
		const [after] = await tx
			.update(meetings)
			.set({ status: 'cancelled', sequence: sql`${meetings.sequence} + 1`, version: sql`${meetings.version} + 1` })
			.where(scoped(meetings, ctx, eq(meetings.id, id), eq(meetings.bodyId, bodyId), eq(meetings.status, 'planned')))
			.returning();
		if (!body || !after) throw new AppError('not_found');
		if (after.invitedAt) {
			const invitees = await tx
				.select({ id: meetingInvitations.id, email: meetingInvitations.email, name: meetingInvitations.name })
				.from(meetingInvitations)
				.where(scoped(meetingInvitations, ctx, and(eq(meetingInvitations.meetingId, id))));
			await mailInvitees(tx, ctx, after, body.name, 'cancel', invitees);
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'cancel',
			entity: 'meeting',
			entityId: id
		});
	});
}
