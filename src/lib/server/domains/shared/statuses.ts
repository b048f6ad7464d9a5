import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { MembershipStatus } from '$lib/server/db/schema';

/**
 * The membership statuses that take part in the network: members and cooperation partners.
 * They are in every "all members" body, are asked to sign agreements and may be listed publicly.
 */
export const PARTICIPATING_STATUSES = [
	'mitglied',
	'kooperationspartner'
] as const satisfies readonly MembershipStatus[];

/** SQL: the membership status column holds one of the participating statuses. */
export function isParticipating(status: PgColumn | SQL): SQL {
	return sql`${status} in ${sql.raw(`('${PARTICIPATING_STATUSES.join("', '")}')`)}`;
}
