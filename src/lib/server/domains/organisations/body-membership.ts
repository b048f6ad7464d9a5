import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { bodies, bodyContacts, bodyMembers, contacts } from '$lib/server/db/schema';
import { isParticipating } from '$lib/server/domains/shared/statuses';

// Which bodies an organisation belongs to, as SQL predicates. They live here, below `bodies/`,
// because the organisation pages and the member directory ask it too.

/**
 * SQL: this organisation belongs to the body — listed as member, or the body takes all
 * members and cooperation partners of the network.
 */
export function organisationInBody(bodyId: string | SQL, org: { id: PgColumn | SQL; status: PgColumn | SQL }): SQL {
	return sql`(exists (select 1 from ${bodyMembers} bm where bm.organisation_id = ${org.id} and bm.body_id = ${bodyId})
		or (${isParticipating(org.status)} and exists (select 1 from ${bodies} b where b.id = ${bodyId} and b.all_members)))`;
}

/** SQL: the organisation belongs to the body, or one of its people does in person. */
export function organisationTakesPart(bodyId: string | SQL, org: { id: PgColumn | SQL; status: PgColumn | SQL }): SQL {
	return sql`(${organisationInBody(bodyId, org)} or exists (select 1 from ${bodyContacts} bc join ${contacts} c on c.id = bc.contact_id where bc.body_id = ${bodyId} and c.organisation_id = ${org.id}))`;
}
