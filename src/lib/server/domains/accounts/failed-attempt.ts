import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { users } from '$lib/server/db/schema';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/**
 * One failed password or second-factor attempt. The fifth in a row locks the account
 * for LOCK_MINUTES; returns the lock's end, or null while the account stays open.
 */
export async function recordFailedAttempt(tx: Tx, user: { id: string; failedLogins: number; lockedUntil: Date | null }, now: Date): Promise<Date | null> {
	const failed = user.failedLogins + 1;
	const until = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
	await tx
		.update(users)
		.set({ failedLogins: until ? 0 : failed, lockedUntil: until ?? user.lockedUntil })
		.where(eq(users.id, user.id));
	return until;
}
