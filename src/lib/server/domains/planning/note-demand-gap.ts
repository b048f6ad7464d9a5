import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { demandGaps } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { NoteGapInput } from './demand-schemas';

/** Notes a search term as a gap in the offers; noting it again updates the note and opens it again. */
export async function noteDemandGap(ctx: TenantContext, input: NoteGapInput): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const term = input.term.toLowerCase();
	await tenantTx(ctx, async (tx) => {
		const [row] = await tx
			.insert(demandGaps)
			.values({ networkId: ctx.network.id, term, note: input.note, month: input.month ? `${input.month}-01` : null })
			.onConflictDoUpdate({
				target: [demandGaps.networkId, demandGaps.term],
				set: { note: sql`excluded.note`, closedAt: null, month: sql`coalesce(${demandGaps.month}, excluded.month)` }
			})
			.returning({ id: demandGaps.id });
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'demand_gap',
			entityId: row!.id,
			after: { term, note: input.note }
		});
	});
}

/** Closes a noted gap (an offer was found or created). */
export async function closeDemandGap(ctx: TenantContext, id: string): Promise<void> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	await tenantTx(ctx, async (tx) => {
		const closed = await tx
			.update(demandGaps)
			.set({ closedAt: ctx.now ?? new Date() })
			.where(scoped(demandGaps, ctx, and(eq(demandGaps.id, id), isNull(demandGaps.closedAt))))
			.returning({ term: demandGaps.term });
		if (closed.length === 0) throw new AppError('not_found');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'close',
			entity: 'demand_gap',
			entityId: id,
			after: { term: closed[0]!.term }
		});
	});
}

/** The noted gaps: open ones first (newest first), then the closed ones. */
export async function listDemandGaps(ctx: TenantContext) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select()
			.from(demandGaps)
			.where(scoped(demandGaps, ctx))
			.orderBy(sql`${demandGaps.closedAt} is not null`, desc(demandGaps.createdAt), asc(demandGaps.term))
	);
}
