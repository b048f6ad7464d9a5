import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodies, bodyContacts, bodyMembers, contacts, organisations } from '$lib/server/db/schema';
import { organisationInBody } from '$lib/server/domains/organisations/body-membership';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import type { Actor } from '$lib/server/domains/shared/actor';

/** The organisations of a body (listed ones, or all members for an "all members" body). */
export async function bodyOrganisationIds(tx: Tx, ctx: TenantContext, bodyId: string): Promise<string[]> {
	const rows = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(
			scoped(
				organisations,
				ctx,
				organisationInBody(bodyId, { id: organisations.id, status: organisations.membershipStatus })
			)
		);
	return rows.map((r) => r.id);
}

/**
 * Everyone a body reaches: the contacts with an e-mail address of its organisations and the
 * single persons who are members themselves — each contact once.
 */
export async function bodyPeople(tx: Tx, ctx: TenantContext, bodyId: string) {
	const orgIds = await bodyOrganisationIds(tx, ctx, bodyId);
	const personIds = (
		await tx
			.select({ id: bodyContacts.contactId })
			.from(bodyContacts)
			.where(scoped(bodyContacts, ctx, eq(bodyContacts.bodyId, bodyId)))
	).map((r) => r.id);
	if (orgIds.length === 0 && personIds.length === 0) return [];
	return tx
		.select({ id: contacts.id, name: contacts.name, email: contacts.email, organisationName: organisations.name })
		.from(contacts)
		.innerJoin(organisations, eq(organisations.id, contacts.organisationId))
		.where(
			scoped(
				contacts,
				ctx,
				and(
					ne(contacts.email, ''),
					or(
						orgIds.length ? inArray(contacts.organisationId, orgIds) : undefined,
						personIds.length ? inArray(contacts.id, personIds) : undefined
					)
				)
			)
		)
		.orderBy(asc(contacts.name), asc(organisations.name));
}

/** The bodies these organisations and contacts belong to (for "Gremium" documents). */
export async function bodiesOf(
	tx: Tx,
	ctx: TenantContext,
	organisationIds: string[],
	contactIds: string[]
): Promise<Set<string>> {
	const ids = new Set<string>();
	if (organisationIds.length) {
		for (const r of await tx
			.select({ id: bodyMembers.bodyId })
			.from(bodyMembers)
			.where(scoped(bodyMembers, ctx, inArray(bodyMembers.organisationId, organisationIds))))
			ids.add(r.id);
		const [member] = await tx
			.select({ id: organisations.id })
			.from(organisations)
			.where(
				scoped(
					organisations,
					ctx,
					inArray(organisations.id, organisationIds),
					isParticipating(organisations.membershipStatus)
				)
			);
		if (member)
			for (const r of await tx
				.select({ id: bodies.id })
				.from(bodies)
				.where(scoped(bodies, ctx, eq(bodies.allMembers, true))))
				ids.add(r.id);
	}
	if (contactIds.length)
		for (const r of await tx
			.select({ id: bodyContacts.bodyId })
			.from(bodyContacts)
			.where(scoped(bodyContacts, ctx, inArray(bodyContacts.contactId, contactIds))))
			ids.add(r.id);
	return ids;
}

/**
 * The bodies a logged-in person belongs to: through a role for a member organisation, a
 * contact entry with the login's address, or as a single person member.
 */
export async function actorBodyIds(tx: Tx, ctx: TenantContext, actor: Actor): Promise<Set<string>> {
	const orgIds = actor.grants
		.filter((g) => g.networkId === ctx.network.id && g.organisationId)
		.map((g) => g.organisationId!);
	const own = await tx
		.select({ id: contacts.id, organisationId: contacts.organisationId })
		.from(contacts)
		.where(scoped(contacts, ctx, sql`lower(${contacts.email}) = ${actor.email.toLowerCase()}`));
	return bodiesOf(
		tx,
		ctx,
		[...new Set([...orgIds, ...own.map((c) => c.organisationId)])],
		own.map((c) => c.id)
	);
}
