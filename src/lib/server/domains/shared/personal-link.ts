import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { randomToken, sha256Hex } from './crypto';

/** How many links of one invitation or signature request stay valid at once (the oldest drops out). */
export const LINKS_KEPT = 50;

/** A new personal link token (RSVP, signing): the token goes into the mail, only its hash into the database (ADR 0008). */
export function newLinkToken(): { token: string; hash: string } {
	const token = randomToken();
	return { token, hash: sha256Hex(token) };
}

/** Where-clause: the row holds this link's hash. */
export function holdsLink(column: AnyColumn, token: string): SQL {
	return sql`${column} @> array[${sha256Hex(token)}]::text[]`;
}

/** Set-value: the row's hashes plus one more, keeping the newest LINKS_KEPT. */
export function withLink(column: AnyColumn, hash: string): SQL {
	return sql`(array_append(${column}, ${hash}::text))[greatest(1, cardinality(${column}) + 2 - ${LINKS_KEPT}):]`;
}
