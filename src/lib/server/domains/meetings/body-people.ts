import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodyContacts, bodyMembers, contacts, organisations } from '$lib/server/db/schema';
import { scoped, type TenantContext } from '$lib/server/domains/tenancy/context';

/**
 * Everyone a body reaches: the contacts with an e-mail address of its member organisations and
 * the single persons who are members themselves — each contact once.
 */
export async function bodyPeople(tx: Tx, ctx: TenantContext, bodyId: string) {
	const orgIds = (await tx.select({ id: bodyMembers.organisationId }).from(bodyMembers).where(scoped(bodyMembers, ctx, eq(bodyMembers.bodyId, bodyId)))).map((r) => r.id);
	const personIds = (await tx.select({ id: bodyContacts.contactId }).from(bodyContacts).where(scoped(bodyContacts, ctx, eq(bodyContacts.bodyId, bodyId)))).map((r) => r.id);
	if (orgIds.length === 0 && personIds.length === 0) return [];
	return tx
		.select({ id: contacts.id, name: contacts.name, email: contacts.email, organisationName: organisations.name })
		.from(contacts)
		.innerJoin(organisations, eq(organisations.id, contacts.organisationId))
		.where(scoped(contacts, ctx, and(ne(contacts.email, ''), or(orgIds.length ? inArray(contacts.organisationId, orgIds) : undefined, personIds.length ? inArray(contacts.id, personIds) : undefined))))
		.orderBy(asc(contacts.name), asc(organisations.name));
}
