import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { invalidateAllSessions } from './end-sessions';

/** "Auf allen Geräten abmelden": ends every session of this account. */
export async function logOutEverywhere(db: Db, userId: string): Promise<void> {
	await withSystem(db, (tx) => invalidateAllSessions(tx, userId));
}
