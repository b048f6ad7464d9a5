import { eq, sql } from 'drizzle-orm';
import { meetingInvitations, meetings } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { linkExpiry } from '$lib/server/domains/shared/personal-link';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { loadBody } from './load-meeting-rows';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { mailInvitees, type MeetingContext } from './mail-invitees';
import type { MeetingInput } from './meeting-schema';

/**
 * Creates or changes a meeting. When the invitations are out and the time, place or agenda
 * changes, every invitee gets an update with a higher SEQUENCE.
 */
export async function saveMeeting(
	ctx: MeetingContext,
	bodyId: string,
	id: string | null,
	input: MeetingInput
): Promise<{ id: string; updatesSent: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const body = await loadBody(tx, ctx, bodyId);
		const values = {
			title: input.title,
			startsAt: input.startsAt,
			endsAt: input.endsAt,
			place: input.place,
			onlineUrl: input.onlineUrl,
			agenda: input.agenda
		};
		if (!id) {
			const [row] = await tx
				.insert(meetings)
				.values({ ...values, networkId: ctx.network.id, bodyId })
				.returning({ id: meetings.id });
			await recordAudit(tx, {
				networkId: ctx.network.id,
				actorUserId: actor.userId,
				action: 'create',
				entity: 'meeting',
				entityId: row!.id,
				after: values
			});
			return { id: row!.id, updatesSent: 0 };
		}
		const [before] = await tx
			.select()
			.from(meetings)
			.where(scoped(meetings, ctx, eq(meetings.id, id), eq(meetings.bodyId, bodyId)));
		if (!before) throw new AppError('not_found');
		if (before.status === 'cancelled')
			throw new AppError('validation', { field: 'form', message: 'error.meetingCancelled' });
		const changed =
			before.startsAt.getTime() !== values.startsAt.getTime() ||
			before.endsAt.getTime() !== values.endsAt.getTime() ||
			before.place !== values.place ||
			before.onlineUrl !== values.onlineUrl ||
			before.agenda !== values.agenda ||
			before.title !== values.title;
		const notify = changed && before.invitedAt !== null;
		const after = await updateVersioned(
			tx,
			ctx,
			meetings,
			{ id, version: input.version },
			{ ...values, sequence: notify ? sql`${meetings.sequence} + 1` : meetings.sequence }
		);
		let updatesSent = 0;
		if (notify) {
			const invitees = await tx
				.select({ id: meetingInvitations.id, email: meetingInvitations.email, name: meetingInvitations.name })
				.from(meetingInvitations)
				.where(scoped(meetingInvitations, ctx, eq(meetingInvitations.meetingId, id)));
			await tx
				.update(meetingInvitations)
				.set({ expiresAt: linkExpiry(after.endsAt, 24) })
				.where(scoped(meetingInvitations, ctx, eq(meetingInvitations.meetingId, id)));
			await mailInvitees(tx, ctx, after, body.name, 'update', invitees);
			updatesSent = invitees.length;
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'meeting',
			entityId: id,
			before,
			after
		});
		return { id, updatesSent };
	});
}
