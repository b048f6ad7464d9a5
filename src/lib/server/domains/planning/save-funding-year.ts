import { and, eq, sql } from 'drizzle-orm';
import { fundingYears, populationFigures } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { FundingYearInput } from './funding-schema';

/**
 * Saves one year of the funding helper: the Land's total (never below the network's own
 * children 0–3 in SGB II of that year) and the allocation in cents. Version 0 creates the year;
 * a stale version is AppError 'conflict'.
 */
export async function saveFundingYear(ctx: TenantContext, input: FundingYearInput) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		const [own] = await tx
			.select({ sum: sql<number | null>`sum(${populationFigures.children0to3Sgb2})::int` })
			.from(populationFigures)
			.where(scoped(populationFigures, ctx, eq(populationFigures.year, input.year)));
		const networkChildren = own?.sum ?? null;
		if (input.landChildren0to3Sgb2 !== null && networkChildren !== null && input.landChildren0to3Sgb2 < networkChildren)
			throw new AppError('validation', {
				field: 'landChildren0to3Sgb2',
				message: 'planning.error.landBelowNetwork',
				networkChildren
			});
		const values = {
			landChildren0to3Sgb2: input.landChildren0to3Sgb2,
			allocationCents: input.allocation,
			note: input.note,
			updatedAt: ctx.now ?? new Date()
		};
		const where = scoped(fundingYears, ctx, eq(fundingYears.year, input.year));
		const [before] = await tx.select().from(fundingYears).where(where).for('update');
		if ((before?.version ?? 0) !== input.version) throw new AppError('conflict');
		const [after] = before
			? await tx
					.update(fundingYears)
					.set({ ...values, version: sql`${fundingYears.version} + 1` })
					.where(and(where, eq(fundingYears.version, input.version)))
					.returning()
			: await tx
					.insert(fundingYears)
					.values({ ...values, networkId: ctx.network.id, year: input.year })
					.onConflictDoNothing()
					.returning();
		if (!after) throw new AppError('conflict');
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: before ? 'update' : 'create',
			entity: 'funding_year',
			entityId: String(input.year),
			before: before ?? null,
			after
		});
		return after;
	});
}
