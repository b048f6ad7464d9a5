import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { recoveryCodes, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../shared/crypto';
import { rotateSession } from './sessions';
import { claimSecondFactorAttempt, clearSecondFactorAttempts } from './failed-attempt';

const ISSUER = 'Netzwerk Frühe Hilfen';
export const RECOVERY_CODE_COUNT = 10;

export function totpFor(secretBase32: string, label = '') {
	return new TOTP({
		issuer: ISSUER,
		label,
		algorithm: 'SHA1',
		digits: 6,
		period: 30,
		secret: Secret.fromBase32(secretBase32)
	});
}

const PERIOD_MS = 30_000;

/**
 * The time step of a valid code: the current one or one either side (clock drift); null when the
 * code is wrong. Whether the step was already used is up to the caller (acceptTotpStep).
 */
export function matchingTotpStep(secretBase32: string, code: string, now: Date): number | null {
	const delta = totpFor(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
	return delta === null ? null : Math.floor(now.getTime() / PERIOD_MS) + delta;
}

/**
 * Records the step as used, in one conditional UPDATE: only a step later than the last accepted
 * one passes, so a code (or an older one) cannot be used again, not even by two parallel requests.
 */
async function acceptTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
	const rows = await tx
		.update(users)
		.set({ totpLastStep: step })
		.where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
		.returning({ id: users.id });
	return rows.length > 0;
}

export type Enrolment = { secret: string; uri: string; qrSvg: string };

/** Creates (or shows again) the pending secret of an account that has no second factor yet; QR rendered on the server. */
export async function startTotpEnrolment(db: Db, userId: string): Promise<Enrolment> {
	const user = await withSystem(db, async (tx) => {
		const [u] = await tx.select().from(users).where(eq(users.id, userId));
		if (!u) throw new AppError('not_found');
		if (u.totpEnabledAt) throw new AppError('conflict');
		if (u.totpSecret) return u;
		const secret = new Secret({ size: 20 }).base32;
		const [updated] = await tx.update(users).set({ totpSecret: secret }).where(eq(users.id, userId)).returning();
		return updated!;
	});
	const uri = totpFor(user.totpSecret!, user.email).toString();
	const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
	return { secret: user.totpSecret!, uri, qrSvg };
}

function newRecoveryCode(): string {
	// 10 characters from an unambiguous alphabet, shown as xxxxx-xxxxx.
	const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
	const bytes = randomBytes(10);
	return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

export type SecondFactorDone = { token: string; expiresAt: Date };

/**
 * Confirms enrolment with a first code; returns the recovery codes (shown once, stored hashed)
 * and the new session token that replaces the password step's one.
 */
export async function confirmTotpEnrolment(
	db: Db,
	input: { userId: string; sessionId: string; code: string },
	now = new Date()
): Promise<SecondFactorDone & { codes: string[] }> {
	return withSystem(db, async (tx) => {
		const [u] = await tx.select().from(users).where(eq(users.id, input.userId));
		if (!u?.totpSecret || u.totpEnabledAt) throw new AppError('conflict');
		const step = matchingTotpStep(u.totpSecret, input.code, now);
		if (step === null || !(await acceptTotpStep(tx, u.id, step))) throw new AppError('invalid_code');
		await tx.update(users).set({ totpEnabledAt: now }).where(eq(users.id, u.id));
		const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, u.id));
		await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: u.id, codeHash: sha256Hex(c) })));
		const session = await rotateSession(tx, input.sessionId, now);
		return { ...session, codes: codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`) };
	});
}

/**
 * Second login step: a TOTP code (each time step once) or an unused recovery code. Every
 * attempt is counted before the code is checked (at most MAX_FAILED_LOGINS until the lock).
 * Success replaces the session with a new token (no session fixation across the step).
 */
export async function verifySecondFactor(
	db: Db,
	input: { userId: string; sessionId: string; code: string },
	now = new Date()
): Promise<SecondFactorDone> {
	const [u] = await withSystem(db, (tx) => tx.select().from(users).where(eq(users.id, input.userId)));
	if (!u?.totpSecret || !u.totpEnabledAt) throw new AppError('conflict');
	if (!(await withSystem(db, (tx) => claimSecondFactorAttempt(tx, u.id, now)))) throw new AppError('account_locked');
	const done = await withSystem(db, async (tx) => {
		const step = /^\d{6}$/.test(input.code) ? matchingTotpStep(u.totpSecret!, input.code, now) : null;
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
