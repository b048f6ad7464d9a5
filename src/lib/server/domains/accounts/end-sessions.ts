import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sessions } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { sha256Hex } from '../shared/crypto';
import { recordAudit } from '../shared/record-audit';

export async function invalidateSession(db: Db, token: string): Promise<void> {
	await withSystem(db, (tx) => tx.delete(sessions).where(eq(sessions.id, sha256Hex(token))));
}

/** "Logout everywhere": ends every session of the user. */
export async function invalidateAllSessions(tx: Tx, userId: string): Promise<void> {
	await tx.delete(sessions).where(eq(sessions.userId, userId));
}

/**
 * "Diese Sitzung beenden" on /konto: ends one session of the account itself, named by its public
 * id; someone else's (or an unknown) id is not found. Audited. Says whether it was this request's.
 */
export async function endOwnSession(
	db: Db,
	input: { userId: string; publicId: string; currentSessionId: string }
): Promise<{ wasCurrent: boolean }> {
	return withSystem(db, async (tx) => {
		const [ended] = await tx
			.delete(sessions)
			.where(and(eq(sessions.userId, input.userId), eq(sessions.publicId, input.publicId)))
			.returning({ id: sessions.id });
		if (!ended) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: null,
			actorUserId: input.userId,
			action: 'end_session',
			entity: 'session',
			entityId: input.publicId
		});
		return { wasCurrent: ended.id === input.currentSessionId };
	});
}

/** "Alle anderen Sitzungen beenden": every session of the account but this request's. Audited with the count. */
export async function endOtherSessions(
	db: Db,
	input: { userId: string; currentSessionId: string }
): Promise<{ ended: number }> {
	return withSystem(db, async (tx) => {
		const ended = await tx
			.delete(sessions)
			.where(and(eq(sessions.userId, input.userId), ne(sessions.id, input.currentSessionId)))
			.returning({ id: sessions.id });
		await recordAudit(tx, {
			networkId: null,
			actorUserId: input.userId,
			action: 'end_other_sessions',
			entity: 'user',
			entityId: input.userId,
			after: { sessions: ended.length }
		});
		return { ended: ended.length };
	});
}
