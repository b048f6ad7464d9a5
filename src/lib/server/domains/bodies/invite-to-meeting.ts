import { eq } from 'drizzle-orm';
import { meetingInvitations, meetings } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { linkExpiry } from '$lib/server/domains/shared/personal-link';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { loadBodyMeeting } from './load-meeting-rows';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { bodyPeople } from './body-people';
import { mailInvitees, type MeetingContext } from './mail-invitees';

/**
 * Sends the invitations: to every contact with an e-mail address of the body's member
 * organisations (each once; later calls only invite people added since). Refused for a
 * meeting in the past or a cancelled one.
 */
export async function inviteToMeeting(ctx: MeetingContext, bodyId: string, id: string): Promise<{ invited: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const { body, meeting } = await loadBodyMeeting(tx, ctx, bodyId, id);
		if (meeting.status === 'cancelled')
			throw new AppError('validation', { field: 'form', message: 'error.meetingCancelled' });
		if (meeting.startsAt <= now) throw new AppError('validation', { field: 'form', message: 'error.meetingInPast' });
		const people = await bodyPeople(tx, ctx, bodyId);
		if (people.length === 0) throw new AppError('validation', { field: 'form', message: 'error.bodyWithoutMembers' });
		const already = new Set(
			(
				await tx
					.select({ email: meetingInvitations.email })
					.from(meetingInvitations)
					.where(scoped(meetingInvitations, ctx, eq(meetingInvitations.meetingId, id)))
			).map((r) => r.email.toLowerCase())
		);
		const fresh = people.filter(
			(p) => !already.has(p.email.toLowerCase()) && (already.add(p.email.toLowerCase()), true)
		);
		const invitees: { id: string; email: string; name: string }[] = [];
		for (const p of fresh) {
			const [row] = await tx
				.insert(meetingInvitations)
				.values({
					networkId: ctx.network.id,
					meetingId: id,
					contactId: p.id,
					name: p.name,
					email: p.email,
					organisationName: p.organisationName,
					expiresAt: linkExpiry(meeting.endsAt, 24)
				})
				.returning({ id: meetingInvitations.id });
			invitees.push({ id: row!.id, email: p.email, name: p.name });
		}
		await mailInvitees(tx, ctx, meeting, body.name, 'invitation', invitees);
		await tx
			.update(meetings)
			.set({ invitedAt: meeting.invitedAt ?? now })
			.where(scoped(meetings, ctx, eq(meetings.id, id)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'invite',
			entity: 'meeting',
			entityId: id,
			after: { invited: invitees.map((i) => i.email) }
		});
		return { invited: invitees.length };
	});
}
