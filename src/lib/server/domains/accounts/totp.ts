import { t } from '$lib/i18n';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import type { Tx } from '$lib/server/db/client';
import { users } from '$lib/server/db/schema';

const ISSUER = t('app.name');

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
export async function acceptTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
	const rows = await tx
		.update(users)
		.set({ totpLastStep: step })
		.where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
		.returning({ id: users.id });
	return rows.length > 0;
}

/** What a passed second factor gives: the new session token that replaces the password step's one. */
export type SecondFactorDone = { token: string; expiresAt: Date };
