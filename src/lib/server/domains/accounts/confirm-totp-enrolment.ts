import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { recoveryCodes, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { sha256Hex, type SecretBox } from '../shared/crypto';
import { rotateSession } from './create-session';
import { acceptTotpStep, matchingTotpStep, type SecondFactorDone } from './totp';
import { openTotpSecret } from './totp-secret';

export const RECOVERY_CODE_COUNT = 10;

function newRecoveryCode(): string {
	// 10 characters from an unambiguous alphabet, shown as xxxxx-xxxxx.
	const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
	const bytes = randomBytes(10);
	return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Confirms enrolment with a first code; returns the recovery codes (shown once, stored hashed)
 * and the new session token that replaces the password step's one.
 */
export async function confirmTotpEnrolment(
	db: Db,
	secrets: SecretBox,
	input: { userId: string; sessionId: string; code: string },
	now = new Date()
): Promise<SecondFactorDone & { codes: string[] }> {
	return withSystem(db, async (tx) => {
		const [u] = await tx.select().from(users).where(eq(users.id, input.userId));
		if (!u?.totpSecret || u.totpEnabledAt) throw new AppError('conflict');
		const secret = openTotpSecret(secrets, { id: u.id, totpSecret: u.totpSecret });
		const step = matchingTotpStep(secret, input.code, now);
		if (step === null || !(await acceptTotpStep(tx, u.id, step))) throw new AppError('invalid_code');
		await tx.update(users).set({ totpEnabledAt: now }).where(eq(users.id, u.id));
		const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, u.id));
		await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: u.id, codeHash: sha256Hex(c) })));
		const session = await rotateSession(tx, input.sessionId, now);
		return { ...session, codes: codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`) };
	});
}
