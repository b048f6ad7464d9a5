import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sessions, users } from '$lib/server/db/schema';
import { loadActor, requiresSecondFactor, type Actor } from '../shared/actor';
import { sha256Hex } from '../shared/crypto';

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
