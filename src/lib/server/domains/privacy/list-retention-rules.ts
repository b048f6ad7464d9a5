import { desc, eq } from 'drizzle-orm';
import { retentionRuns } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { MessageKey } from '$lib/i18n';
import { RETENTION_RULES } from './retention-rules';
import { readRetentionDays } from './read-retention-days';

export type RetentionRuleView = {
	key: string;
	scope: 'network' | 'installation';
	label: MessageKey;
	effect: MessageKey;
	reason: MessageKey;
	/** Network rules: the configured period, its default and limits; null for installation rules. */
	days: number | null;
	defaultDays: number | null;
	minDays: number | null;
	maxDays: number | null;
};

export type RetentionRunView = {
	id: string;
	startedAt: Date;
	counts: Record<string, number>;
	errors: Record<string, string>;
};

/** Every rule with the network's period (settings page, Art. 30 record); coordinators only. */
export async function listRetentionRules(ctx: TenantContext): Promise<RetentionRuleView[]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const days = await tenantTx(ctx, (tx) => readRetentionDays(tx, ctx.network.id));
	return RETENTION_RULES.map((r) =>
		r.scope === 'network'
			? {
					...pick(r),
					days: days[r.key] ?? r.defaultDays,
					defaultDays: r.defaultDays,
					minDays: r.minDays,
					maxDays: r.maxDays
				}
			: { ...pick(r), days: null, defaultDays: null, minDays: null, maxDays: null }
	);
}

const pick = (r: (typeof RETENTION_RULES)[number]) => ({
	key: r.key,
	scope: r.scope,
	label: r.label,
	effect: r.effect,
	reason: r.reason
});

/** The network's last runs of the retention job, newest first. */
export async function listRetentionRuns(ctx: TenantContext, limit = 20): Promise<RetentionRunView[]> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({
				id: retentionRuns.id,
				startedAt: retentionRuns.startedAt,
				counts: retentionRuns.counts,
				errors: retentionRuns.errors
			})
			.from(retentionRuns)
			.where(eq(retentionRuns.networkId, ctx.network.id))
			.orderBy(desc(retentionRuns.startedAt))
			.limit(limit)
	);
}
