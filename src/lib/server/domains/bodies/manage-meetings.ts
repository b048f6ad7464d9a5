import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodies, meetingInvitations, meetings, networks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { newLinkToken } from '$lib/server/domains/shared/personal-link';
import { enqueueMail } from '$lib/server/domains/mail/enqueue-mail';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { formatTimeSpan } from '../shared/time';
import { meetingIcs } from './calendar';
import { agendaWithTasks, carriedTasks } from './minutes';
import { bodyPeople } from './body-people';
import { newRsvpLink } from './rsvp';
import type { MeetingInput } from './meeting-schema';

type MeetingContext = TenantContext & { baseUrl: string };

export async function getMeeting(ctx: TenantContext, bodyId: string, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [body] = await tx
			.select()
			.from(bodies)
			.where(scoped(bodies, ctx, eq(bodies.id, bodyId)));
		if (!body) throw new AppError('not_found');
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

async function mailInvitees(
	tx: Tx,
	ctx: MeetingContext,
	meeting: typeof meetings.$inferSelect,
	bodyName: string,
	kind: 'invitation' | 'update' | 'cancel',
	invitees: { id: string; email: string; name: string; token?: string }[]
) {
	const [network] = await tx
		.select({
			name: networks.name,
			brandPrimary: networks.brandPrimary,
			contactEmail: networks.contactEmail,
			contactName: networks.contactName
		})
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	const host = new URL(ctx.baseUrl).host;
	const agenda = agendaWithTasks(meeting.agenda, await carriedTasks(tx, ctx, meeting));
	for (const i of invitees) {
		// Every mail carries its own link (only hashes are stored); the earlier ones keep working.
		const rsvpLink = `${ctx.baseUrl}/antwort/${ctx.network.slug}/${i.token ?? (await newRsvpLink(tx, i.id))}`;
		const ics = meetingIcs(
			{
				id: meeting.id,
				title: meeting.title,
				startsAt: meeting.startsAt,
				endsAt: meeting.endsAt,
				place: meeting.place,
				onlineUrl: meeting.onlineUrl,
				agenda,
				sequence: meeting.sequence,
				bodyName
			},
			{
				method: kind === 'cancel' ? 'cancel' : 'request',
				organizer: {
					name: network!.contactName || network!.name,
					email: network!.contactEmail || 'koordination@example.org'
				},
				attendee: { name: i.name, email: i.email },
				rsvpLink,
				host
			}
		);
		await enqueueMail(tx, {
			networkId: ctx.network.id,
			category: 'network',
			template: 'meeting_invitation',
			to: i.email,
			data: {
				kind,
				name: i.name,
				bodyName,
				title: meeting.title,
				when: formatTimeSpan(meeting.startsAt, meeting.endsAt),
				place: meeting.place,
				onlineUrl: meeting.onlineUrl,
				agenda,
				rsvpLink
			},
			branding: { networkName: network!.name, brandPrimary: network!.brandPrimary },
			attachments: [
				{
					filename: kind === 'cancel' ? 'absage.ics' : 'einladung.ics',
					contentType: `text/calendar; charset=utf-8; method=${kind === 'cancel' ? 'CANCEL' : 'REQUEST'}`,
					contentBase64: Buffer.from(ics, 'utf-8').toString('base64')
				}
			]
		});
	}
}

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
		const [body] = await tx
			.select()
			.from(bodies)
			.where(scoped(bodies, ctx, eq(bodies.id, bodyId)));
		if (!body) throw new AppError('not_found');
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
		const [after] = await tx
			.update(meetings)
			.set({
				...values,
				version: sql`${meetings.version} + 1`,
				sequence: notify ? sql`${meetings.sequence} + 1` : meetings.sequence
			})
			.where(scoped(meetings, ctx, eq(meetings.id, id), eq(meetings.version, input.version)))
			.returning();
		if (!after) throw new AppError('conflict');
		let updatesSent = 0;
		if (notify) {
			const invitees = await tx
				.select({ id: meetingInvitations.id, email: meetingInvitations.email, name: meetingInvitations.name })
				.from(meetingInvitations)
				.where(scoped(meetingInvitations, ctx, eq(meetingInvitations.meetingId, id)));
			await tx
				.update(meetingInvitations)
				.set({ expiresAt: new Date(after.endsAt.getTime() + 86_400_000) })
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

/**
 * Sends the invitations: to every contact with an e-mail address of the body's member
 * organisations (each once; later calls only invite people added since). Refused for a
 * meeting in the past or a cancelled one.
 */
export async function inviteToMeeting(ctx: MeetingContext, bodyId: string, id: string): Promise<{ invited: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const [body] = await tx
			.select()
			.from(bodies)
			.where(scoped(bodies, ctx, eq(bodies.id, bodyId)));
		const [meeting] = await tx
			.select()
			.from(meetings)
			.where(scoped(meetings, ctx, eq(meetings.id, id), eq(meetings.bodyId, bodyId)));
		if (!body || !meeting) throw new AppError('not_found');
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
		const invitees: { id: string; email: string; name: string; token: string }[] = [];
		for (const p of fresh) {
			const { token, hash } = newLinkToken();
			const [row] = await tx
				.insert(meetingInvitations)
				.values({
					networkId: ctx.network.id,
					meetingId: id,
					contactId: p.id,
					name: p.name,
					email: p.email,
					organisationName: p.organisationName,
					tokenHashes: [hash],
					expiresAt: new Date(meeting.endsAt.getTime() + 86_400_000)
				})
				.returning({ id: meetingInvitations.id });
			invitees.push({ id: row!.id, email: p.email, name: p.name, token });
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
