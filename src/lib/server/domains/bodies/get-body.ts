import { asc, desc, eq, sql } from 'drizzle-orm';
import { bodies, bodyContacts, bodyMembers, contacts, meetings, organisations } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';

/** A body with its member organisations, the organisations to choose from and its meetings with answer counts. */
export async function getBody(ctx: TenantContext, id: string | null) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const body = id
			? (
					await tx
						.select()
						.from(bodies)
						.where(scoped(bodies, ctx, eq(bodies.id, id)))
				)[0]
			: null;
		if (id && !body) throw new AppError('not_found');
		const memberIds = id
			? (
					await tx
						.select({ id: bodyMembers.organisationId })
						.from(bodyMembers)
						.where(scoped(bodyMembers, ctx, eq(bodyMembers.bodyId, id)))
				).map((r) => r.id)
			: [];
		const choices = await tx
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(
				scoped(
					organisations,
					ctx,
					sql`(${organisations.membershipStatus} in ('mitglied', 'kooperationspartner', 'angefragt') or ${organisations.id} = any(${
						memberIds.length
							? sql`array[${sql.join(
									memberIds.map((m) => sql`${m}::uuid`),
									sql`, `
								)}]`
							: sql`array[]::uuid[]`
					}))`
				)
			)
			.orderBy(asc(organisations.name));
		const contactIds = id
			? (
					await tx
						.select({ id: bodyContacts.contactId })
						.from(bodyContacts)
						.where(scoped(bodyContacts, ctx, eq(bodyContacts.bodyId, id)))
				).map((r) => r.id)
			: [];
		const people = await tx
			.select({ id: contacts.id, name: contacts.name, organisationName: organisations.name })
			.from(contacts)
			.innerJoin(organisations, eq(organisations.id, contacts.organisationId))
			.where(scoped(contacts, ctx))
			.orderBy(asc(contacts.name), asc(organisations.name));
		const dates = id
			? await tx
					.select({
						id: meetings.id,
						title: meetings.title,
						startsAt: meetings.startsAt,
						endsAt: meetings.endsAt,
						status: meetings.status,
						invitedAt: meetings.invitedAt,
						yes: sql<number>`(select count(*)::int from meeting_invitations i where i.meeting_id = ${meetings.id} and i.answer = 'yes')`,
						invited: sql<number>`(select count(*)::int from meeting_invitations i where i.meeting_id = ${meetings.id})`
					})
					.from(meetings)
					.where(scoped(meetings, ctx, eq(meetings.bodyId, id)))
					.orderBy(desc(meetings.startsAt))
			: [];
		return {
			body: body ?? null,
			memberIds,
			contactIds,
			choices,
			people: people.map((p) => ({ id: p.id, name: `${p.name} (${p.organisationName})` })),
			meetings: dates
		};
	});
}
