import { eq, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { loadActor, requiresSecondFactor } from './actor';
import { dummyHash, verifyPassword } from './passwords';
import { hitRateLimit } from './rate-limit';
import { createSession } from './sessions';
import { recordFailedAttempt } from './failed-attempt';

export { MAX_FAILED_LOGINS, LOCK_MINUTES } from './failed-attempt';
/** Per client address: attempts per 15 minutes, whatever the account. */
export const LOGIN_ATTEMPTS_PER_ADDRESS = 30;

export type LogInResult = { token: string; expiresAt: Date; next: 'done' | 'second_factor' | 'enrol_second_factor' };

/**
 * Email + password login with per-address throttling and a temporary lockout
 * of the account after repeated failures.
 */
export async function logIn(
	db: Db,
	input: { email: string; password: string; clientAddress: string; userAgent?: string },
	opts: { now?: Date; sessionHours: number }
): Promise<LogInResult> {
	const now = opts.now ?? new Date();
	const allowed = await withSystem(db, (tx) => hitRateLimit(tx, `login:addr:${input.clientAddress}`, LOGIN_ATTEMPTS_PER_ADDRESS, 900, now));
	if (!allowed) throw new AppError('rate_limited');

	const [user] = await withSystem(db, (tx) =>
		tx.select().from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`)
	);
	if (!user || user.deactivatedAt || !user.passwordHash) {
		await verifyPassword(await dummyHash(), input.password);
		throw new AppError('invalid_credentials');
	}
	if (user.lockedUntil && user.lockedUntil > now) throw new AppError('account_locked', { until: user.lockedUntil });

	const ok = await verifyPassword(user.passwordHash, input.password);
	if (!ok) {
		// Committed before throwing: a rolled-back counter would never lock.
		const lockedUntil = await withSystem(db, (tx) => recordFailedAttempt(tx, user, now));
		if (lockedUntil) throw new AppError('account_locked', { until: lockedUntil });
		throw new AppError('invalid_credentials');
	}
	return withSystem(db, async (tx) => {
		await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
		const actor = await loadActor(tx, user.id);
		if (!actor) throw new AppError('invalid_credentials');
		const session = await createSession(tx, user.id, { now, hours: opts.sessionHours, userAgent: input.userAgent });
		const next: LogInResult['next'] = !requiresSecondFactor(actor.grants) ? 'done' : user.totpEnabledAt ? 'second_factor' : 'enrol_second_factor';
		return { ...session, next };
	});
}
