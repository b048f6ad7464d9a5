import { eq } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sessions } from '$lib/server/db/schema';
import { sha256Hex } from '../shared/crypto';

export async function invalidateSession(db: Db, token: string): Promise<void> {
	await withSystem(db, (tx) => tx.delete(sessions).where(eq(sessions.id, sha256Hex(token))));
}

/** "Logout everywhere": ends every session of the user. */
export async function invalidateAllSessions(tx: Tx, userId: string): Promise<void> {
	await tx.delete(sessions).where(eq(sessions.userId, userId));
}
