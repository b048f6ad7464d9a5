import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { loadActor, requiresSecondFactor } from '../shared/actor';
import { dummyHash, verifyPassword } from './passwords';
import { hitRateLimit } from './rate-limit';
import { createSession } from './create-session';
import { claimPasswordAttempt, clearPasswordAttempts, throttleKey } from './login-throttle';

export { FREE_PASSWORD_ATTEMPTS, MAX_DELAY_MINUTES } from './login-throttle';
/** Per client address: attempts per 15 minutes, whatever the account. */
export const LOGIN_ATTEMPTS_PER_ADDRESS = 30;

export type LogInResult = { token: string; expiresAt: Date; next: 'done' | 'second_factor' | 'enrol_second_factor' };

/**
 * Email + password login with per-address throttling and a growing delay per (account, client
 * address) after repeated failures. There is no lock a stranger could set on someone's account,
 * and unknown and existing addresses get the same answers in every state.
 */
export async function logIn(
	db: Db,
	input: { email: string; password: string; clientAddress: string; userAgent?: string },
	opts: { now?: Date; sessionHours: number }
): Promise<LogInResult> {
	const now = opts.now ?? new Date();
	const key = throttleKey(input.email, input.clientAddress);
	// Committed before the password is checked: a rolled-back claim would never slow anyone down.
	const verdict = await withSystem(db, async (tx) => {
		if (!(await hitRateLimit(tx, `login:addr:${input.clientAddress}`, LOGIN_ATTEMPTS_PER_ADDRESS, 900, now)))
			return 'rate_limited' as const;
		return (await claimPasswordAttempt(tx, key, now)) ? ('check' as const) : ('login_delayed' as const);
	});
	if (verdict !== 'check') throw new AppError(verdict);

	const [user] = await withSystem(db, (tx) =>
		tx
			.select()
			.from(users)
			.where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`)
	);
	if (!user || user.deactivatedAt || !user.passwordHash) {
		await verifyPassword(await dummyHash(), input.password);
		throw new AppError('invalid_credentials');
	}
	if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError('invalid_credentials');
	return withSystem(db, async (tx) => {
		await clearPasswordAttempts(tx, key);
		const actor = await loadActor(tx, user.id);
		if (!actor) throw new AppError('invalid_credentials');
		const session = await createSession(tx, user.id, { now, hours: opts.sessionHours, userAgent: input.userAgent });
		const next: LogInResult['next'] = !requiresSecondFactor(actor.grants)
			? 'done'
			: user.totpEnabledAt
				? 'second_factor'
				: 'enrol_second_factor';
		return { ...session, next };
	});
}
