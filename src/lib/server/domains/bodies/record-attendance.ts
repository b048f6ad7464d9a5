import { and, eq, isNotNull, notInArray } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { contacts, meetingAttendance, meetingInvitations, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { loadBodyMeeting } from './load-meeting-rows';
import type { AddAttendeeInput } from './attendance-schema';

async function audit(tx: Tx, ctx: TenantContext, userId: string, meetingId: string, after: unknown) {
	await recordAudit(tx, {
		networkId: ctx.network.id,
		actorUserId: userId,
		action: 'update',
		entity: 'meeting_attendance',
		entityId: meetingId,
		after
	});
}

/**
 * The ticks on the RSVP list: the ticked invitees attended, the others not. Rows added without
 * RSVP stay; a contact added by hand who is ticked as well keeps one row (linked to the invitation).
 */
export async function recordRsvpAttendance(
	ctx: TenantContext,
	bodyId: string,
	meetingId: string,
	invitationIds: string[]
): Promise<{ attended: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		await loadBodyMeeting(tx, ctx, bodyId, meetingId);
		const invitations = await tx
			.select({
				id: meetingInvitations.id,
				contactId: meetingInvitations.contactId,
				name: meetingInvitations.name,
				organisationName: meetingInvitations.organisationName,
				organisationId: contacts.organisationId
			})
			.from(meetingInvitations)
			.leftJoin(contacts, eq(contacts.id, meetingInvitations.contactId))
			.where(scoped(meetingInvitations, ctx, eq(meetingInvitations.meetingId, meetingId)));
		const wanted = new Set(invitationIds);
		if ([...wanted].some((id) => !invitations.some((i) => i.id === id)))
			throw new AppError('validation', { field: 'form', message: 'error.notInNetwork' });
		const ticked = invitations.filter((i) => wanted.has(i.id));
		await tx
			.delete(meetingAttendance)
			.where(
				scoped(
					meetingAttendance,
					ctx,
					eq(meetingAttendance.meetingId, meetingId),
					isNotNull(meetingAttendance.invitationId),
					ticked.length ? notInArray(meetingAttendance.invitationId, [...wanted]) : undefined
				)
			);
		const existing = await tx
			.select({ invitationId: meetingAttendance.invitationId, contactId: meetingAttendance.contactId })
			.from(meetingAttendance)
			.where(scoped(meetingAttendance, ctx, eq(meetingAttendance.meetingId, meetingId)));
		for (const i of ticked) {
			if (existing.some((e) => e.invitationId === i.id)) continue;
			if (i.contactId && existing.some((e) => e.contactId === i.contactId)) {
				await tx
					.update(meetingAttendance)
					.set({ invitationId: i.id })
					.where(
						scoped(
							meetingAttendance,
							ctx,
							eq(meetingAttendance.meetingId, meetingId),
							eq(meetingAttendance.contactId, i.contactId)
						)
					);
				continue;
			}
			await tx.insert(meetingAttendance).values({
				networkId: ctx.network.id,
				meetingId,
				invitationId: i.id,
				contactId: i.contactId,
				organisationId: i.organisationId,
				name: i.name,
				organisationName: i.organisationName
			});
		}
		await audit(tx, ctx, actor.userId, meetingId, { invitationIds: ticked.map((i) => i.id) });
		return { attended: ticked.length };
	});
}

/** Someone who came without RSVP: a contact of an organisation of the network, or a free name (with an organisation). */
export async function addAttendee(
	ctx: TenantContext,
	bodyId: string,
	meetingId: string,
	input: AddAttendeeInput
): Promise<{ name: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		await loadBodyMeeting(tx, ctx, bodyId, meetingId);
		await requireOwnIds(tx, ctx, contacts, [input.contactId], 'contactId');
		await requireOwnIds(tx, ctx, organisations, [input.organisationId], 'organisationId');
		let row: { contactId: string | null; organisationId: string | null; name: string; organisationName: string };
		if (input.contactId) {
			const [c] = await tx
				.select({ name: contacts.name, organisationId: contacts.organisationId, organisationName: organisations.name })
				.from(contacts)
				.innerJoin(organisations, eq(organisations.id, contacts.organisationId))
				.where(scoped(contacts, ctx, eq(contacts.id, input.contactId)));
			row = {
				contactId: input.contactId,
				organisationId: c!.organisationId,
				name: c!.name,
				organisationName: c!.organisationName
			};
		} else {
			const [o] = input.organisationId
				? await tx
						.select({ name: organisations.name })
						.from(organisations)
						.where(scoped(organisations, ctx, eq(organisations.id, input.organisationId)))
				: [];
			row = {
				contactId: null,
				organisationId: input.organisationId || null,
				name: input.name,
				organisationName: o?.name ?? input.organisationName
			};
		}
		if (row.contactId) {
			const [already] = await tx
				.select({ id: meetingAttendance.id })
				.from(meetingAttendance)
				.where(
					scoped(
						meetingAttendance,
						ctx,
						and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.contactId, row.contactId))
					)
				);
			if (already) throw new AppError('validation', { field: 'contactId', message: 'attendance.error.already' });
		}
		await tx.insert(meetingAttendance).values({ networkId: ctx.network.id, meetingId, ...row });
		await audit(tx, ctx, actor.userId, meetingId, { added: row.name });
		return { name: row.name };
	});
}

/** Takes one attendance row off the list (recorded by mistake). */
export async function removeAttendee(ctx: TenantContext, bodyId: string, meetingId: string, attendanceId: string) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		await loadBodyMeeting(tx, ctx, bodyId, meetingId);
		const removed = await tx
			.delete(meetingAttendance)
			.where(
				scoped(
					meetingAttendance,
					ctx,
					eq(meetingAttendance.meetingId, meetingId),
					eq(meetingAttendance.id, attendanceId)
				)
			)
			.returning({ name: meetingAttendance.name });
		if (removed.length === 0) throw new AppError('not_found');
		await audit(tx, ctx, actor.userId, meetingId, { removed: removed[0]!.name });
	});
}
