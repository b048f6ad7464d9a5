import { eq, sql } from 'drizzle-orm';
import { planningSettings } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { PlanningSettingsInput } from './population-form-schema';
import { lockPlanningSettings } from './read-planning-settings';

/** Names (or clears) the network's free population figure; optimistic lock on the settings' version. */
export async function savePlanningSettings(ctx: TenantContext, input: PlanningSettingsInput) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const before = await lockPlanningSettings(tx, ctx);
		if (before.version !== input.version) throw new AppError('conflict');
		const [after] = await tx
			.update(planningSettings)
			.set({ extraFigureName: input.extraFigureName, version: sql`${planningSettings.version} + 1` })
			.where(eq(planningSettings.networkId, ctx.network.id))
			.returning();
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'planning_settings',
			entityId: ctx.network.id,
			before,
			after
		});
		return after!;
	});
}
