import { and, eq, lt } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { auditLog } from '$lib/server/db/schema';

/** Retention rule `audit_log`: entries of one network older than `days` are deleted. Returns how many. */
export async function pruneAuditLog(tx: Tx, o: { now: Date; networkId: string; days: number }): Promise<number> {
	const before = new Date(o.now.getTime() - o.days * 86_400_000);
	const rows = await tx
		.delete(auditLog)
		.where(and(eq(auditLog.networkId, o.networkId), lt(auditLog.at, before)))
		.returning({ id: auditLog.id });
	return rows.length;
}
