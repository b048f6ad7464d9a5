import { districts } from '$lib/server/db/schema';
import { t } from '$lib/i18n';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import type { Column } from '$lib/server/domains/exchange/offer-columns';
import { MAX_REPORTED_ERRORS, type ImportReport, type RowError } from '$lib/server/domains/exchange/import-offers';
import { unneutralise, type Sheet } from '$lib/server/domains/exchange/spreadsheet';
import { FIGURE_KEYS, parseFigure, parseYear, populationColumns, type FigureKey } from './population-columns';
import type { FigureRowInput } from './population-form-schema';
import { lockPlanningSettings, readPlanningSettings } from './read-planning-settings';
import { writeFigureRows } from './save-population-figures';

const lower = (s: string) => s.trim().toLowerCase();

type Checked = { byYear: Map<number, FigureRowInput[]>; errors: RowError[] };

/** Every row checked against the network's districts: errors per row and column, nothing written. */
function checkRows(
	sheet: Sheet,
	mapping: (string | null)[],
	columns: Column[],
	districtIds: Map<string, string>,
	defaultYear: number | null,
	now: Date
): Checked {
	const header = (key: string) => columns.find((c) => c.key === key)?.header ?? key;
	const errors: RowError[] = [];
	const byYear = new Map<number, FigureRowInput[]>();
	const districtColumn = mapping.indexOf('district');
	const yearColumn = mapping.indexOf('year');
	if (districtColumn === -1)
		errors.push({ row: 1, column: header('district'), message: t('error.importColumnMissing') });
	if (yearColumn === -1 && defaultYear === null)
		errors.push({ row: 1, column: header('year'), message: t('error.importColumnMissing') });
	if (errors.length) return { byYear, errors };
	const seen = new Map<string, number>();
	for (const r of sheet.rows) {
		const cell = (i: number) => unneutralise(r.cells[i] ?? '').trim();
		let ok = true;
		const name = cell(districtColumn);
		const districtId = districtIds.get(lower(name));
		if (!districtId) {
			ok = false;
			errors.push({
				row: r.row,
				column: header('district'),
				message: t('planning.error.districtUnknown', { value: name || '–' })
			});
		}
		let year = defaultYear;
		if (yearColumn !== -1) {
			const parsed = parseYear(cell(yearColumn), now);
			year = parsed.ok ? parsed.value : null;
			if (!parsed.ok) {
				ok = false;
				errors.push({ row: r.row, column: header('year'), message: t(parsed.message, { value: cell(yearColumn) }) });
			}
		}
		const figures: Partial<Record<FigureKey, number | null>> = {};
		mapping.forEach((key, i) => {
			if (!key || !(FIGURE_KEYS as readonly string[]).includes(key)) return;
			const parsed = parseFigure(cell(i));
			if (parsed.ok) figures[key as FigureKey] = parsed.value;
			else {
				ok = false;
				errors.push({ row: r.row, column: header(key), message: t(parsed.message, { value: cell(i) }) });
			}
		});
		if (districtId && year !== null) {
			const key = `${districtId}|${year}`;
			const first = seen.get(key);
			if (first !== undefined) {
				ok = false;
				errors.push({
					row: r.row,
					column: header('district'),
					message: t('planning.error.duplicateRow', { row: first })
				});
			} else seen.set(key, r.row);
		}
		if (ok && districtId && year !== null) byYear.set(year, [...(byYear.get(year) ?? []), { districtId, figures }]);
	}
	return { byYear, errors };
}

/**
 * Population figures from a sheet (one row per district and year), all-or-nothing: with any
 * error nothing is written. A figure column that is not mapped keeps what is stored; an empty
 * cell of a mapped column means "not known".
 */
export async function importPopulationFigures(
	ctx: TenantContext,
	sheet: Sheet,
	mapping: (string | null)[],
	o: { dryRun: boolean; defaultYear: number | null }
): Promise<ImportReport> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const settings = o.dryRun ? await readPlanningSettings(tx, ctx) : await lockPlanningSettings(tx, ctx);
		const columns = populationColumns(settings.extraFigureName);
		const all = await tx
			.select({ id: districts.id, name: districts.name })
			.from(districts)
			.where(scoped(districts, ctx));
		const ids = new Map(all.map((d) => [lower(d.name), d.id]));
		const { byYear, errors } = checkRows(sheet, mapping, columns, ids, o.defaultYear, now);
		const report: ImportReport = {
			rows: sheet.rows.length,
			created: 0,
			updated: 0,
			unchanged: 0,
			newOrganisations: [],
			errors: errors.slice(0, MAX_REPORTED_ERRORS),
			committed: false
		};
		const writeNow = !o.dryRun && errors.length === 0;
		const counts = { created: 0, updated: 0, unchanged: 0 };
		// The dry run counts exactly what the import would do, writing nothing.
		for (const [year, rows] of byYear) {
			const c = await writeFigureRows(tx, ctx, year, rows, now, { dryRun: !writeNow });
			counts.created += c.created;
			counts.updated += c.updated + c.removed;
			counts.unchanged += c.unchanged;
		}
		Object.assign(report, counts);
		if (!writeNow) return report;
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: actor.userId,
			action: 'import',
			entity: 'population_figures',
			entityId: [...byYear.keys()].sort().join(','),
			after: { years: [...byYear.keys()], ...counts }
		});
		return { ...report, committed: true };
	});
}
