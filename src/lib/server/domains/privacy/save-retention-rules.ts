import { sql } from 'drizzle-orm';
import { retentionRules } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { NETWORK_RULES } from './retention-rules';
import { readRetentionDays } from './read-retention-days';
import type { RetentionInput } from './retention-schema';

/**
 * Saves the network's periods (coordinators only): one row per rule, checked against the rule's
 * limits again, one audit entry with the periods before and after.
 */
export async function saveRetentionRules(ctx: TenantContext, input: RetentionInput): Promise<Record<string, number>> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	for (const r of NETWORK_RULES) {
		const days = input[r.key];
		if (days === undefined || !Number.isInteger(days) || days < r.minDays || days > r.maxDays)
			throw new AppError('validation', { field: r.key, message: 'privacy.retention.error.range' });
	}
	return tenantTx(ctx, async (tx) => {
		const before = await readRetentionDays(tx, ctx.network.id);
		const now = ctx.now ?? new Date();
		await tx
			.insert(retentionRules)
			.values(
				NETWORK_RULES.map((r) => ({
					networkId: ctx.network.id,
					ruleKey: r.key,
					days: input[r.key]!,
					updatedAt: now,
					updatedBy: actor.userId
				}))
			)
			.onConflictDoUpdate({
				target: [retentionRules.networkId, retentionRules.ruleKey],
				set: { days: sql`excluded.days`, updatedAt: now, updatedBy: actor.userId }
			});
		const after = await readRetentionDays(tx, ctx.network.id);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'retention_rules',
			entityId: ctx.network.id,
			before,
			after
		});
		return after;
	});
}
