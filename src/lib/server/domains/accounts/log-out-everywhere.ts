import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { recordAudit } from '../shared/record-audit';
import { invalidateAllSessions } from './end-sessions';

/** "Auf allen Geräten abmelden": ends every session of this account (audited). */
export async function logOutEverywhere(db: Db, userId: string): Promise<void> {
	await withSystem(db, async (tx) => {
		await invalidateAllSessions(tx, userId);
		await recordAudit(tx, {
			networkId: null,
			actorUserId: userId,
			action: 'end_all_sessions',
			entity: 'user',
			entityId: userId
		});
	});
}
