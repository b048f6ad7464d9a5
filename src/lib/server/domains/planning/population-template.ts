import { t } from '$lib/i18n';
import { writeXlsx } from '$lib/server/domains/exchange/write-xlsx';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { listPopulationFigures } from './list-population-figures';
import { populationColumns } from './population-columns';

/**
 * The import template for one year: one row per district of the network, the year filled in,
 * the figures as stored (empty where unknown), numbers as number cells.
 */
export async function populationTemplate(ctx: TenantContext, year: number): Promise<Buffer> {
	const table = await listPopulationFigures(ctx, year);
	const columns = populationColumns(table.settings.extraFigureName);
	const rows = table.rows.map((r) => [
		r.name,
		year,
		...table.keys.map((k) => (r.figures[k] === null ? '' : r.figures[k]!))
	]);
	return writeXlsx(
		t('planning.population.sheetName'),
		columns.map((c) => c.header),
		rows,
		{
			types: columns.map((c) => (c.key === 'district' ? 'text' : 'number')),
			notes: {
				title: t('server.sheet.notes'),
				rows: [
					[
						t('planning.column.district'),
						t('planning.template.districtNote'),
						table.rows.map((r) => r.name).join(', ')
					],
					[t('planning.column.year'), t('planning.template.yearNote'), ''],
					...table.keys.map((k) => [columns.find((c) => c.key === k)!.header, t('planning.template.figureNote'), ''])
				]
			}
		}
	);
}
