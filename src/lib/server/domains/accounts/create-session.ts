import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { sessions } from '$lib/server/db/schema';
import { randomToken, sha256Hex } from '../shared/crypto';
import { AppError } from '$lib/server/errors';

export async function createSession(
	tx: Tx,
	userId: string,
	opts: { now: Date; hours: number; userAgent?: string; secondFactor?: boolean }
) {
	const token = randomToken();
	const expiresAt = new Date(opts.now.getTime() + opts.hours * 3_600_000);
	await tx.insert(sessions).values({
		id: sha256Hex(token),
		userId,
		expiresAt,
		createdAt: opts.now,
		lastSeenAt: opts.now,
		secondFactorAt: opts.secondFactor ? opts.now : null,
		userAgent: (opts.userAgent ?? '').slice(0, 300)
	});
	return { token, expiresAt };
}

/**
 * The second factor is given: the password step's session ends and a new one with a new token
 * takes its place (same expiry), so a token known before the step is worth nothing after it.
 */
export async function rotateSession(tx: Tx, sessionId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
	const [old] = await tx.delete(sessions).where(eq(sessions.id, sessionId)).returning();
	if (!old || old.expiresAt <= now) throw new AppError('unauthenticated');
	const token = randomToken();
	await tx.insert(sessions).values({
		id: sha256Hex(token),
		userId: old.userId,
		expiresAt: old.expiresAt,
		createdAt: old.createdAt,
		lastSeenAt: now,
		secondFactorAt: now,
		userAgent: old.userAgent
	});
	return { token, expiresAt: old.expiresAt };
}
