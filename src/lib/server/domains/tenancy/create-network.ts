import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole, type Actor } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import type { createNetworkSchema } from './network-schemas';
import { ensureOfferDefaults } from '$lib/server/domains/taxonomy/default-taxonomy';

/** The operator creates a new, empty network (tenant). */
export async function createNetwork(ctx: { db: Db; actor: Actor | null }, input: z.output<typeof createNetworkSchema>) {
	const actor = requireRole(ctx.actor, 'operator', null);
	return withSystem(ctx.db, async (tx) => {
		const taken = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, input.slug));
		if (taken.length > 0) throw new AppError('conflict', { field: 'slug' });
		const [created] = await tx
			.insert(networks)
			.values({ ...input })
			.returning({ id: networks.id, slug: networks.slug });
		await ensureOfferDefaults(tx, created!.id);
		await recordAudit(tx, {
			networkId: created!.id,
			actorUserId: actor.userId,
			action: 'create',
			entity: 'network',
			entityId: created!.id,
			after: input
		});
		return created!;
	});
}
