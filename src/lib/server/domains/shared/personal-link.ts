import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '$lib/server/db/client';
import { randomToken, sha256Hex } from './crypto';

// Personal links: a mail carries a random token that lets its holder do one thing without a
// login (answer an invitation, sign, confirm an offer, unsubscribe, set a password). Only the
// token's SHA-256 hash is stored (ADR 0008). Every such link is made and checked here.

/** How many links of one invitation or signature request stay valid at once (the oldest drops out). */
export const LINKS_KEPT = 50;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Whether a value can be a link token at all; anything else is refused before a query. */
export function isLinkToken(token: string): boolean {
	return TOKEN_SHAPE.test(token);
}

/** The stored form of a link token. */
export const linkHash = (token: string): string => sha256Hex(token);

/** A new personal link token: the token goes into the mail, only its hash into the database. */
export function newLinkToken(): { token: string; hash: string } {
	const token = randomToken();
	return { token, hash: linkHash(token) };
}

/** When a link made now for this many hours stops working. */
export function linkExpiry(now: Date, hours: number): Date {
	return new Date(now.getTime() + hours * 3_600_000);
}

/** Where-clause: the row's list of link hashes holds this link. */
export function holdsLink(column: AnyColumn, token: string): SQL {
	return sql`${column} @> array[${linkHash(token)}]::text[]`;
}

/** Set-value: the row's hashes plus one more, keeping the newest LINKS_KEPT (the oldest is superseded). */
export function withLink(column: AnyColumn, hash: string): SQL {
	return sql`(array_append(${column}, ${hash}::text))[greatest(1, cardinality(${column}) + 2 - ${LINKS_KEPT}):]`;
}

/**
 * One more link for a row that keeps several (an invitation, a signature request): each mail
 * carries a new link and the earlier ones keep working. Returns the token for the mail.
 */
export async function addLink<T extends PgTable & { id: PgColumn; tokenHashes: PgColumn }>(
	tx: Tx,
	table: T,
	rowId: string
): Promise<string> {
	const { token, hash } = newLinkToken();
	const set = { tokenHashes: withLink(table.tokenHashes, hash) } as PgUpdateSetSource<T>;
	await tx.update(table).set(set).where(eq(table.id, rowId));
	return token;
}

/** Why a found link does not work, or null when it does. */
export type LinkRefusal = 'unknown' | 'other_network' | 'expired' | 'used';

/**
 * The checks every personal link makes once its row was looked up by hash: it exists, it belongs
 * to the network in the address, it has not expired and (for single-use links) was not used.
 */
export function refuseLink(
	found: { networkSlug: string; expiresAt?: Date | null; usedAt?: Date | null } | undefined,
	networkSlug: string | null,
	now: Date
): LinkRefusal | null {
	if (!found) return 'unknown';
	if (networkSlug !== null && found.networkSlug !== networkSlug) return 'other_network';
	if (found.usedAt) return 'used';
	if (found.expiresAt && found.expiresAt <= now) return 'expired';
	return null;
}
