import { and, asc, eq, lt } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, retentionRuns } from '$lib/server/db/schema';
import { NETWORK_RULES, RETENTION_RULES, type InstallationRetentionRule } from './retention-rules';
import { readRetentionDays } from './read-retention-days';

export type RetentionJobResult = { networks: number; counts: Record<string, Record<string, number>> };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The scheduled job `retention`: applies every retention rule with the injected clock — the
 * installation's rules once, then each network's rules with that network's own periods, one
 * transaction per rule (a failing rule is recorded and the others still run) — and records one
 * run per network with the count per rule (installation rules with the installation's count).
 */
export async function runRetention(
	db: Db,
	o: { now: Date; idleMinutes: number; networkIds?: string[] }
): Promise<RetentionJobResult> {
	const started = Date.now();
	const installationCounts: Record<string, number> = {};
	const installationErrors: Record<string, string> = {};
	for (const rule of RETENTION_RULES.filter((r): r is InstallationRetentionRule => r.scope === 'installation')) {
		try {
			installationCounts[rule.key] = await rule.apply(db, o);
		} catch (e) {
			installationErrors[rule.key] = message(e);
		}
	}
	const all = await withSystem(db, (tx) =>
		tx.select({ id: networks.id }).from(networks).orderBy(asc(networks.createdAt))
	);
	const ids = all.map((n) => n.id).filter((id) => !o.networkIds || o.networkIds.includes(id));
	const result: RetentionJobResult = { networks: ids.length, counts: {} };
	for (const networkId of ids) {
		const counts: Record<string, number> = { ...installationCounts };
		const errors: Record<string, string> = { ...installationErrors };
		const days = await withSystem(db, (tx) => readRetentionDays(tx, networkId));
		for (const rule of NETWORK_RULES) {
			try {
				counts[rule.key] = await withSystem(db, (tx) =>
					rule.apply(tx, { now: o.now, networkId, days: days[rule.key] ?? rule.defaultDays })
				);
			} catch (e) {
				errors[rule.key] = message(e);
				console.error(`[retention ${rule.key}]`, errors[rule.key]);
			}
		}
		await withSystem(db, async (tx) => {
			await tx.insert(retentionRuns).values({
				networkId,
				startedAt: o.now,
				// The clock is injected; the run's length is real time.
				finishedAt: new Date(o.now.getTime() + (Date.now() - started)),
				counts,
				errors
			});
			// The runs themselves are kept as long as the audit log.
			const keep = days.audit_log ?? 1095;
			await tx
				.delete(retentionRuns)
				.where(
					and(
						eq(retentionRuns.networkId, networkId),
						lt(retentionRuns.startedAt, new Date(o.now.getTime() - keep * 86_400_000))
					)
				);
		});
		result.counts[networkId] = counts;
	}
	return result;
}
