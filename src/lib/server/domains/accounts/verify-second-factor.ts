import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { recoveryCodes, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { sha256Hex, type SecretBox } from '../shared/crypto';
import { rotateSession } from './create-session';
import { claimSecondFactorAttempt, clearSecondFactorAttempts } from './failed-attempt';
import { acceptTotpStep, matchingTotpStep, type SecondFactorDone } from './totp';
import { openTotpSecret } from './totp-secret';

/**
 * Second login step: a TOTP code (each time step once) or an unused recovery code. Every
 * attempt is counted before the code is checked (at most MAX_FAILED_LOGINS until the lock).
 * Success replaces the session with a new token (no session fixation across the step). The TOTP
 * secret is decrypted only here, for a 6-digit code; when this key cannot open it, the person is
 * told so (not counted as an attempt) and a recovery code still works.
 */
export async function verifySecondFactor(
	db: Db,
	secrets: SecretBox,
	input: { userId: string; sessionId: string; code: string },
	now = new Date()
): Promise<SecondFactorDone> {
	const [u] = await withSystem(db, (tx) => tx.select().from(users).where(eq(users.id, input.userId)));
	if (!u?.totpSecret || !u.totpEnabledAt) throw new AppError('conflict');
	const secret = /^\d{6}$/.test(input.code) ? openTotpSecret(secrets, { id: u.id, totpSecret: u.totpSecret }) : null;
	if (!(await withSystem(db, (tx) => claimSecondFactorAttempt(tx, u.id, now)))) throw new AppError('account_locked');
	const done = await withSystem(db, async (tx) => {
		const step = secret === null ? null : matchingTotpStep(secret, input.code, now);
		let valid = step !== null && (await acceptTotpStep(tx, u.id, step));
		if (!valid && /^[a-z0-9]{10}$/i.test(input.code)) {
			const used = await tx
				.update(recoveryCodes)
				.set({ usedAt: now })
				.where(
					and(
						eq(recoveryCodes.userId, u.id),
						eq(recoveryCodes.codeHash, sha256Hex(input.code.toLowerCase())),
						isNull(recoveryCodes.usedAt)
					)
				)
				.returning({ id: recoveryCodes.id });
			valid = used.length > 0;
		}
		if (!valid) return null;
		await clearSecondFactorAttempts(tx, u.id);
		return rotateSession(tx, input.sessionId, now);
	});
	if (!done) throw new AppError('invalid_code');
	return done;
}
