import { eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodies, bodyContacts, bodyMembers, contacts, organisations } from '$lib/server/db/schema';
import { isParticipating } from '$lib/server/domains/shared/statuses';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import type { Actor } from '$lib/server/domains/shared/actor';

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
