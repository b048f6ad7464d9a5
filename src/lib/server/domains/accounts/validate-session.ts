import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sessions, users } from '$lib/server/db/schema';
import { loadActor, requiresSecondFactor, type Actor } from '../shared/actor';
import { sha256Hex } from '../shared/crypto';

export const SESSION_COOKIE = 'nfh_session';
/** SESSION_IDLE_MINUTES when unset: two hours without a request end a session. */
export const DEFAULT_IDLE_MINUTES = 120;
/** last_seen_at is written at most this often per session (not on every request). */
const TOUCH_EVERY_MS = 60_000;

export type SessionState = {
	sessionId: string;
	actor: Actor;
	expiresAt: Date;
	/** True when the second factor is required and not yet given in this session. */
	secondFactorPending: boolean;
	/** True when the second factor is required but not yet set up for this account. */
	secondFactorEnrolmentNeeded: boolean;
};

/**
 * Looks up the session behind a cookie token; null when unknown, past its lifetime, idle for longer
 * than `idleMinutes`, or the account is deactivated. A request counts as activity: last_seen_at
 * moves on when it is at least a minute old (one conditional write, so parallel requests write once).
 */
export async function validateSession(
	db: Db,
	token: string,
	now: Date,
	opts: { idleMinutes?: number } = {}
): Promise<SessionState | null> {
	if (!token || token.length > 100) return null;
	const idleSince = new Date(now.getTime() - (opts.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000);
	return withSystem(db, async (tx) => {
		const [row] = await tx
			.select({
				id: sessions.id,
				userId: sessions.userId,
				expiresAt: sessions.expiresAt,
				lastSeenAt: sessions.lastSeenAt,
				secondFactorAt: sessions.secondFactorAt,
				totpEnabledAt: users.totpEnabledAt
			})
			.from(sessions)
			.innerJoin(users, eq(users.id, sessions.userId))
			.where(and(eq(sessions.id, sha256Hex(token)), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince)));
		if (!row) return null;
		const actor = await loadActor(tx, row.userId);
		if (!actor) return null;
		if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
			const touchedBefore = new Date(now.getTime() - TOUCH_EVERY_MS);
			await tx
				.update(sessions)
				.set({ lastSeenAt: now })
				.where(and(eq(sessions.id, row.id), lte(sessions.lastSeenAt, touchedBefore)));
		}
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
