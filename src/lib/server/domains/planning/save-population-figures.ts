import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, populationFigures } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { requireOwnIds, scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { FIGURE_KEYS, currentYear, MIN_YEAR, type Figures } from './population-columns';
import type { FigureRowInput, PopulationFormInput } from './population-form-schema';
import { yearStamp } from './list-population-figures';
import { lockPlanningSettings } from './read-planning-settings';

type Stored = typeof populationFigures.$inferSelect;

/**
 * Writes rows of one year: the given figures over what is stored; a district whose figures are
 * all unknown afterwards has no row (the year then has no data for it). Returns what changed
 * (with `dryRun` only what would change).
 */
export async function writeFigureRows(
	tx: Tx,
	ctx: TenantContext,
	year: number,
	rows: FigureRowInput[],
	now: Date,
	o: { dryRun?: boolean } = {}
): Promise<{ created: number; updated: number; unchanged: number; removed: number }> {
	const ids = rows.map((r) => r.districtId);
	const stored =
		ids.length === 0
			? []
			: await tx
					.select()
					.from(populationFigures)
					.where(
						scoped(populationFigures, ctx, eq(populationFigures.year, year), inArray(populationFigures.districtId, ids))
					);
	const byDistrict = new Map<string, Stored>(stored.map((s) => [s.districtId, s]));
	const counts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
	for (const r of rows) {
		const before = byDistrict.get(r.districtId);
		const figures = Object.fromEntries(
			FIGURE_KEYS.map((k) => [k, k in r.figures ? r.figures[k]! : (before?.[k] ?? null)])
		) as Figures;
		const allUnknown = FIGURE_KEYS.every((k) => figures[k] === null);
		const same = before && FIGURE_KEYS.every((k) => before[k] === figures[k]);
		const where = scoped(
			populationFigures,
			ctx,
			and(eq(populationFigures.year, year), eq(populationFigures.districtId, r.districtId))
		);
		if (!before && allUnknown) continue;
		if (same) counts.unchanged++;
		else if (o.dryRun) counts[before ? (allUnknown ? 'removed' : 'updated') : 'created']++;
		else if (before && allUnknown) {
			await tx.delete(populationFigures).where(where);
			counts.removed++;
		} else if (before) {
			await tx
				.update(populationFigures)
				.set({ ...figures, updatedAt: now })
				.where(where);
			counts.updated++;
		} else {
			await tx
				.insert(populationFigures)
				.values({ ...figures, networkId: ctx.network.id, districtId: r.districtId, year, updatedAt: now });
			counts.created++;
		}
	}
	return counts;
}

/**
 * Saves the population table of one year at once (the coordinator typed it in). Refused when the
 * year changed since the form was loaded (someone saved or imported meanwhile): AppError 'conflict'.
 */
export async function savePopulationFigures(ctx: TenantContext, input: PopulationFormInput) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	if (input.year < MIN_YEAR || input.year > currentYear(now))
		throw new AppError('validation', { field: 'year', message: 'planning.error.yearFuture' });
	return tenantTx(ctx, async (tx) => {
		await lockPlanningSettings(tx, ctx);
		if ((await yearStamp(tx, ctx, input.year)) !== input.stamp) throw new AppError('conflict');
		await requireOwnIds(
			tx,
			ctx,
			districts,
			input.rows.map((r) => r.districtId),
			'form'
		);
		const counts = await writeFigureRows(tx, ctx, input.year, input.rows, now);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'update',
			entity: 'population_figures',
			entityId: String(input.year),
			after: { year: input.year, ...counts }
		});
		return counts;
	});
}
