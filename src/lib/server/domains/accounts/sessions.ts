import { and, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sessions, users } from '$lib/server/db/schema';
import { loadActor, requiresSecondFactor, type Actor } from '../shared/actor';
import { randomToken, sha256Hex } from '../shared/crypto';
import { AppError } from '$lib/server/errors';

export const SESSION_COOKIE = 'nfh_session';

export type SessionState = {
	sessionId: string;
	actor: Actor;
	expiresAt: Date;
	/** True when the second factor is required and not yet given in this session. */
	secondFactorPending: boolean;
	/** True when the second factor is required but not yet set up for this account. */
	secondFactorEnrolmentNeeded: boolean;
};

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
		secondFactorAt: opts.secondFactor ? opts.now : null,
		userAgent: (opts.userAgent ?? '').slice(0, 300)
	});
	return { token, expiresAt };
}

/** Looks up the session behind a cookie token; null when unknown, expired or the account is deactivated. */
export async function validateSession(db: Db, token: string, now: Date): Promise<SessionState | null> {
	if (!token || token.length > 100) return null;
	return withSystem(db, async (tx) => {
		const [row] = await tx
			.select({
				id: sessions.id,
				userId: sessions.userId,
				expiresAt: sessions.expiresAt,
				secondFactorAt: sessions.secondFactorAt,
				totpEnabledAt: users.totpEnabledAt
			})
			.from(sessions)
			.innerJoin(users, eq(users.id, sessions.userId))
			.where(and(eq(sessions.id, sha256Hex(token)), gt(sessions.expiresAt, now)));
		if (!row) return null;
		const actor = await loadActor(tx, row.userId);
		if (!actor) return null;
		const needs2fa = requiresSecondFactor(actor.grants);
		return {
			sessionId: row.id,
			actor,
			expiresAt: row.expiresAt,
			secondFactorPending: needs2fa && !row.secondFactorAt,
			secondFactorEnrolmentNeeded: needs2fa && !row.totpEnabledAt
		};
	});
}

export async function invalidateSession(db: Db, token: string): Promise<void> {
	await withSystem(db, (tx) => tx.delete(sessions).where(eq(sessions.id, sha256Hex(token))));
}

/** "Logout everywhere": ends every session of the user. */
export async function invalidateAllSessions(tx: Tx, userId: string): Promise<void> {
	await tx.delete(sessions).where(eq(sessions.userId, userId));
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
		createdAt: now,
		secondFactorAt: now,
		userAgent: old.userAgent
	});
	return { token, expiresAt: old.expiresAt };
}
