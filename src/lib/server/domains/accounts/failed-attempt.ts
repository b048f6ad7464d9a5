import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/**
 * Claims one second-factor attempt before the code is checked, in a single UPDATE, so parallel
 * requests cannot read the same counter: the fifth attempt since the last success locks the
 * second step for LOCK_MINUTES. Returns false (nothing may be checked) while it is locked.
 * Commit it on its own: a rolled-back claim would never lock.
 */
export async function claimSecondFactorAttempt(tx: Tx, userId: string, now: Date): Promise<boolean> {
	const at = now.toISOString();
	// locked_until is only set here when it has already expired (the WHERE), so the count starts again.
	const count = sql`case when ${users.lockedUntil} is null then ${users.failedLogins} + 1 else 1 end`;
	const claimed = rowsOf<{ id: string }>(
		await tx.execute(sql`
			update users set
				failed_logins = ${count},
				locked_until = case when ${count} >= ${MAX_FAILED_LOGINS} then ${at}::timestamptz + make_interval(mins => ${LOCK_MINUTES}) else null end
			where id = ${userId} and (locked_until is null or locked_until <= ${at}::timestamptz)
			returning id`)
	);
	return claimed.length > 0;
}

/** A correct second factor: the attempts so far no longer count. */
export async function clearSecondFactorAttempts(tx: Tx, userId: string): Promise<void> {
	await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}
