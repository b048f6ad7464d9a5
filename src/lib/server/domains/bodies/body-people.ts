import { and, asc, eq, inArray, ne, or } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { bodyContacts, contacts, organisations } from '$lib/server/db/schema';
import { organisationInBody } from '$lib/server/domains/organisations/body-membership';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';

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
