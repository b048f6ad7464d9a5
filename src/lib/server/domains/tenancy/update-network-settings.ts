import { eq } from 'drizzle-orm';
import { networks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { updateVersionedRow } from '$lib/server/domains/shared/versioned-update';
import { tenantTx, type TenantContext } from '../shared/context';
import { toNetworkSettings, type NetworkSettingsInput } from './network-schemas';

/**
 * The coordinator saves the network's settings. Optimistic locking on `version`:
 * a save based on an outdated version is refused with `conflict`.
 */
export async function updateNetworkSettings(
	ctx: TenantContext,
	input: NetworkSettingsInput
): Promise<{ version: number }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const values = toNetworkSettings(input);
	return tenantTx(ctx, async (tx) => {
		const [before] = await tx.select().from(networks).where(eq(networks.id, ctx.network.id));
		if (!before) throw new AppError('not_found');
		const after = await updateVersionedRow(
			tx,
			networks,
			{ id: ctx.network.id, version: input.version },
			{ ...values, updatedAt: ctx.now ?? new Date() },
			{ currentVersion: before.version }
		);
		const pick = (n: typeof before) => Object.fromEntries(Object.keys(values).map((k) => [k, n[k as keyof typeof n]]));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'network_settings',
			entityId: ctx.network.id,
			before: pick(before),
			after: pick(after)
		});
		return { version: after.version };
	});
}
