import { and, asc, desc, eq, gt, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodies, meetingInvitations, meetings, tasks, type RsvpAnswer } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { hasRole, requireNetworkAccess, type Actor } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { actorBodyIds } from './actor-bodies';
import { answerInvitationById } from './rsvp';

/** The bodies whose meetings this person sees: all for the coordination, else those they belong to. */
async function visibleBodyIds(tx: Tx, ctx: TenantContext, actor: Actor): Promise<string[] | 'all'> {
	if (hasRole(actor, 'coordinator', ctx.network.id)) return 'all';
	return [...(await actorBodyIds(tx, ctx, actor))];
}

function inBodies(ids: string[] | 'all') {
	return ids === 'all'
		? undefined
		: inArray(meetings.bodyId, ids.length ? ids : ['00000000-0000-0000-0000-000000000000']);
}

/**
 * "Meine Sitzungen" for every person of the network: upcoming meetings of their bodies with
 * their own answer, and past ones whose minutes were sent.
 */
export async function myMeetings(ctx: TenantContext) {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const ids = await visibleBodyIds(tx, ctx, actor);
		const myAnswer = sql<RsvpAnswer | null>`(select i.answer from meeting_invitations i where i.meeting_id = ${meetings.id} and lower(i.email) = ${actor.email.toLowerCase()} limit 1)`;
		const columns = {
			id: meetings.id,
			title: meetings.title,
			startsAt: meetings.startsAt,
			endsAt: meetings.endsAt,
			place: meetings.place,
			status: meetings.status,
			bodyName: bodies.name,
			answer: myAnswer
		};
		const upcoming = await tx
			.select(columns)
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(scoped(meetings, ctx, gt(meetings.endsAt, now), inBodies(ids)))
			.orderBy(asc(meetings.startsAt));
		const past = await tx
			.select(columns)
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(scoped(meetings, ctx, lte(meetings.endsAt, now), isNotNull(meetings.minutesSentAt), inBodies(ids)))
			.orderBy(desc(meetings.startsAt))
			.limit(30);
		return { upcoming, past };
	});
}

/** One meeting for a person of one of its bodies: agenda, own answer, and the minutes once sent. */
export async function memberMeeting(ctx: TenantContext, id: string) {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const ids = await visibleBodyIds(tx, ctx, actor);
		const [row] = await tx
			.select({ meeting: meetings, bodyName: bodies.name })
			.from(meetings)
			.innerJoin(bodies, eq(bodies.id, meetings.bodyId))
			.where(scoped(meetings, ctx, eq(meetings.id, id), inBodies(ids)));
		if (!row) throw new AppError('not_found');
		const [invitation] = await tx
			.select({ answer: meetingInvitations.answer })
			.from(meetingInvitations)
			.where(
				scoped(
					meetingInvitations,
					ctx,
					and(
						eq(meetingInvitations.meetingId, id),
						sql`lower(${meetingInvitations.email}) = ${actor.email.toLowerCase()}`
					)
				)
			);
		const m = row.meeting;
		const minutesSent = m.minutesSentAt !== null;
		return {
			meeting: {
				id: m.id,
				title: m.title,
				startsAt: m.startsAt,
				endsAt: m.endsAt,
				place: m.place,
				onlineUrl: m.onlineUrl,
				agenda: m.agenda,
				status: m.status,
				minutes: minutesSent ? m.minutes : ''
			},
			bodyName: row.bodyName,
			invited: !!invitation,
			answer: invitation?.answer ?? null,
			tasks: minutesSent
				? await tx
						.select({
							id: tasks.id,
							title: tasks.title,
							owner: tasks.owner,
							dueDate: tasks.dueDate,
							status: tasks.status
						})
						.from(tasks)
						.where(scoped(tasks, ctx, eq(tasks.meetingId, id)))
						.orderBy(asc(tasks.createdAt))
				: []
		};
	});
}

/** Answers the invitation from inside the internal area (same rules as the personal link). */
export async function answerAsMember(ctx: TenantContext, id: string, answer: RsvpAnswer): Promise<void> {
	const actor = requireNetworkAccess(ctx.actor, ctx.network.id);
	const [invitation] = await tenantTx(ctx, (tx) =>
		tx
			.select({ id: meetingInvitations.id })
			.from(meetingInvitations)
			.where(
				scoped(
					meetingInvitations,
					ctx,
					and(
						eq(meetingInvitations.meetingId, id),
						sql`lower(${meetingInvitations.email}) = ${actor.email.toLowerCase()}`
					)
				)
			)
	);
	if (!invitation) throw new AppError('not_found');
	const result = await answerInvitationById(ctx.db, ctx.network.slug, invitation.id, answer, ctx.now ?? new Date());
	if (result.state !== 'valid' && result.state !== 'answered')
		throw new AppError('validation', { field: 'form', message: 'error.rsvpClosed' });
	if (result.cancelled) throw new AppError('validation', { field: 'form', message: 'error.meetingCancelled' });
}
