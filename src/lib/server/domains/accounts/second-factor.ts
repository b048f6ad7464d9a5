import { and, eq, isNull } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { recoveryCodes, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { randomBytes } from 'node:crypto';
import { sha256Hex } from './crypto';
import { markSecondFactor } from './sessions';
import { recordFailedAttempt } from './failed-attempt';

const ISSUER = 'Netzwerk Frühe Hilfen';
export const RECOVERY_CODE_COUNT = 10;

export function totpFor(secretBase32: string, label = '') {
	return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

/** Accepts the current code and one step either side (clock drift). */
export function verifyTotp(secretBase32: string, code: string, now: Date): boolean {
	return totpFor(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
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

/** Confirms enrolment with a first code; returns the recovery codes (shown once, stored hashed). */
export async function confirmTotpEnrolment(db: Db, input: { userId: string; sessionId: string; code: string }, now = new Date()): Promise<string[]> {
	return withSystem(db, async (tx) => {
		const [u] = await tx.select().from(users).where(eq(users.id, input.userId));
		if (!u?.totpSecret || u.totpEnabledAt) throw new AppError('conflict');
		if (!verifyTotp(u.totpSecret, input.code, now)) throw new AppError('invalid_code');
		await tx.update(users).set({ totpEnabledAt: now }).where(eq(users.id, u.id));
		const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, u.id));
		await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: u.id, codeHash: sha256Hex(c) })));
		await markSecondFactor(tx, input.sessionId, now);
		return codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
	});
}

/** Second login step: a TOTP code or an unused recovery code. Failures count towards the lockout. */
export async function verifySecondFactor(db: Db, input: { userId: string; sessionId: string; code: string }, now = new Date()): Promise<void> {
	const ok = await withSystem(db, async (tx) => {
		const [u] = await tx.select().from(users).where(eq(users.id, input.userId));
		if (!u?.totpSecret || !u.totpEnabledAt) throw new AppError('conflict');
		if (u.lockedUntil && u.lockedUntil > now) throw new AppError('account_locked', { until: u.lockedUntil });
		let valid = /^\d{6}$/.test(input.code) && verifyTotp(u.totpSecret, input.code, now);
		if (!valid && /^[a-z0-9]{10}$/i.test(input.code)) {
			const used = await tx
				.update(recoveryCodes)
				.set({ usedAt: now })
				.where(and(eq(recoveryCodes.userId, u.id), eq(recoveryCodes.codeHash, sha256Hex(input.code.toLowerCase())), isNull(recoveryCodes.usedAt)))
				.returning({ id: recoveryCodes.id });
			valid = used.length > 0;
		}
		if (valid) {
			await tx.update(users).set({ failedLogins: 0 }).where(eq(users.id, u.id));
			await markSecondFactor(tx, input.sessionId, now);
			return true;
		}
		await recordFailedAttempt(tx, u, now);
		return false;
	});
	if (!ok) throw new AppError('invalid_code');
}
