import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { retentionRules } from '$lib/server/db/schema';
import { NETWORK_RULES } from './retention-rules';

/** The period of every network rule for one network: its row in retention_rules, else the rule's default. */
export async function readRetentionDays(tx: Tx, networkId: string): Promise<Record<string, number>> {
	const rows = await tx
		.select({ key: retentionRules.ruleKey, days: retentionRules.days })
		.from(retentionRules)
		.where(eq(retentionRules.networkId, networkId));
	const stored = new Map(rows.map((r) => [r.key, r.days]));
	return Object.fromEntries(NETWORK_RULES.map((r) => [r.key, stored.get(r.key) ?? r.defaultDays]));
}
