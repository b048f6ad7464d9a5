import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { planningSettings } from '$lib/server/db/schema';
import type { TenantContext } from '$lib/server/domains/shared/context';

export type PlanningSettings = { extraFigureName: string; gapThreshold: string | null; version: number };

/** The network's planning settings, or the defaults while it has none (version 0: not stored yet). */
export async function readPlanningSettings(tx: Tx, ctx: TenantContext): Promise<PlanningSettings> {
	const [row] = await tx.select().from(planningSettings).where(eq(planningSettings.networkId, ctx.network.id));
	return row
		? { extraFigureName: row.extraFigureName, gapThreshold: row.gapThreshold, version: row.version }
		: { extraFigureName: '', gapThreshold: null, version: 0 };
}

/**
 * Takes the network's settings row as a lock (created when missing): saves of population figures
 * and settings of one network run one after the other, so the version check cannot race.
 */
export async function lockPlanningSettings(tx: Tx, ctx: TenantContext): Promise<PlanningSettings> {
	await tx.insert(planningSettings).values({ networkId: ctx.network.id, version: 0 }).onConflictDoNothing();
	const [row] = await tx
		.select()
		.from(planningSettings)
		.where(eq(planningSettings.networkId, ctx.network.id))
		.for('update');
	return { extraFigureName: row!.extraFigureName, gapThreshold: row!.gapThreshold, version: row!.version };
}
