import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { contacts, meetingAttendance, organisations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { loadBodyMeeting } from './load-meeting-rows';

export type Attendee = {
	id: string;
	invitationId: string | null;
	contactId: string | null;
	name: string;
	organisationName: string;
};

/** Who attended one meeting, by organisation and name (the minutes PDF and the meeting page). */
export async function attendeesOf(tx: Tx, ctx: TenantContext, meetingId: string): Promise<Attendee[]> {
	return tx
		.select({
			id: meetingAttendance.id,
			invitationId: meetingAttendance.invitationId,
			contactId: meetingAttendance.contactId,
			name: meetingAttendance.name,
			organisationName: meetingAttendance.organisationName
		})
		.from(meetingAttendance)
		.where(scoped(meetingAttendance, ctx, eq(meetingAttendance.meetingId, meetingId)))
		.orderBy(asc(meetingAttendance.organisationName), asc(meetingAttendance.name));
}

/**
 * The attendance part of a meeting's page: who attended, and what can be added — contacts of
 * member and cooperation-partner organisations not on the list yet, and those organisations
 * (for a free name).
 */
export async function getMeetingAttendance(ctx: TenantContext, bodyId: string, meetingId: string) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		await loadBodyMeeting(tx, ctx, bodyId, meetingId);
		const attendees = await attendeesOf(tx, ctx, meetingId);
		const memberOrganisations = await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(scoped(organisations, ctx, isParticipating(organisations.membershipStatus)))
			.orderBy(asc(organisations.name));
		const people = await tx
			.select({ id: contacts.id, name: contacts.name, organisationName: organisations.name })
			.from(contacts)
			.innerJoin(
				organisations,
				and(eq(organisations.networkId, contacts.networkId), eq(organisations.id, contacts.organisationId))
			)
			.where(scoped(contacts, ctx, isParticipating(organisations.membershipStatus)))
			.orderBy(asc(organisations.name), asc(contacts.name));
		const present = new Set(attendees.map((a) => a.contactId).filter(Boolean));
		return { attendees, contacts: people.filter((p) => !present.has(p.id)), organisations: memberOrganisations };
	});
}
