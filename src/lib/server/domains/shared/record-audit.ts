import type { Tx } from '$lib/server/db/client';
import { auditLog } from '$lib/server/db/schema';

/** Writes one audit entry in the caller's transaction: the change and its record commit together. */
export async function recordAudit(
	tx: Tx,
	entry: {
		networkId: string | null;
		actorUserId: string | null;
		action: string;
		entity: string;
		entityId: string;
		before?: unknown;
		after?: unknown;
	}
): Promise<void> {
	await tx.insert(auditLog).values({
		networkId: entry.networkId,
		actorUserId: entry.actorUserId,
		action: entry.action,
		entity: entry.entity,
		entityId: entry.entityId,
		before: entry.before ?? null,
		after: entry.after ?? null
	});
}
