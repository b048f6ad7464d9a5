import { eq } from 'drizzle-orm';
import { guidanceCards } from '$lib/server/db/schema';
import type { Tx } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { DEFAULT_GUIDANCE } from './default-guidance';
import { translationsOf, type GuidanceCardInput } from './guidance-schema';

/** Copies the shipped cards into a network that has none (seed, reset, first own card). */
export async function insertDefaultGuidance(tx: Tx, networkId: string): Promise<number> {
	const rows = DEFAULT_GUIDANCE.map((c, i) => ({ ...c, networkId, position: (i % 3) + 1 }));
	await tx.insert(guidanceCards).values(rows);
	return rows.length;
}

/**
 * Creates a card or changes one (optimistic lock on `input.version`). The first own card of a
 * network that still shows the shipped ones copies those in first, so the others do not vanish.
 */
export async function saveGuidanceCard(ctx: TenantContext, input: GuidanceCardInput): Promise<{ id: string }> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const values = {
		lifeStage: input.lifeStage,
		title: input.title,
		text: input.text,
		query: input.query,
		position: input.position,
		translations: translationsOf(input),
		updatedAt: ctx.now ?? new Date()
	};
	return tenantTx(ctx, async (tx) => {
		let before = null;
		let id: string;
		if (input.id) {
			[before] = await tx
				.select()
				.from(guidanceCards)
				.where(scoped(guidanceCards, ctx, eq(guidanceCards.id, input.id)));
			if (!before) throw new AppError('not_found');
			id = (await updateVersioned(tx, ctx, guidanceCards, { id: input.id, version: input.version }, values)).id;
		} else {
			const existing = await tx
				.select({ id: guidanceCards.id })
				.from(guidanceCards)
				.where(scoped(guidanceCards, ctx))
				.limit(1);
			if (existing.length === 0) await insertDefaultGuidance(tx, ctx.network.id);
			[{ id }] = (await tx
				.insert(guidanceCards)
				.values({ ...values, networkId: ctx.network.id })
				.returning({ id: guidanceCards.id })) as [{ id: string }];
		}
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: input.id ? 'update' : 'create',
			entity: 'guidance_card',
			entityId: id,
			before,
			after: values
		});
		return { id };
	});
}
