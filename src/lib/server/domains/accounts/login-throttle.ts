import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { loginThrottles } from '$lib/server/db/schema';
import { sha256Hex } from '../shared/crypto';

/** Failed passwords for one (account, client address) before each further attempt has to wait. */
export const FREE_PASSWORD_ATTEMPTS = 4;
/** The wait doubles with every further failure, from 1 minute up to this. */
export const MAX_DELAY_MINUTES = 60;

/**
 * Keyed by the address as typed (hashed) and the client address: the same for unknown and
 * existing accounts, and a stranger elsewhere cannot slow down the real person.
 */
export function throttleKey(email: string, clientAddress: string): string {
	return `login:${sha256Hex(email.trim().toLowerCase())}:${clientAddress}`;
}

/**
 * Claims one password attempt before the password is checked, in one statement (parallel
 * requests cannot both take the last free attempt). The fifth failure in a row and each one
 * after it set a growing delay (1, 2, 4 … MAX_DELAY_MINUTES minutes). Returns false while the
 * delay runs; the password is then not checked at all.
 */
export async function claimPasswordAttempt(tx: Tx, key: string, now: Date): Promise<boolean> {
	const at = now.toISOString();
	const rows = rowsOf<{ key: string }>(
		await tx.execute(sql`
			insert into login_throttles (key, failures, blocked_until, updated_at) values (${key}, 1, null, ${at}::timestamptz)
			on conflict (key) do update set
				failures = login_throttles.failures + 1,
				blocked_until = case when login_throttles.failures + 1 > ${FREE_PASSWORD_ATTEMPTS}
					then ${at}::timestamptz + make_interval(mins => least(power(2, login_throttles.failures - ${FREE_PASSWORD_ATTEMPTS}), ${MAX_DELAY_MINUTES})::int)
					else null end,
				updated_at = excluded.updated_at
			where login_throttles.blocked_until is null or login_throttles.blocked_until <= ${at}::timestamptz
			returning key`)
	);
	return rows.length > 0;
}

/** The right password: the failures of this (account, address) are forgotten. */
export async function clearPasswordAttempts(tx: Tx, key: string): Promise<void> {
	await tx.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
