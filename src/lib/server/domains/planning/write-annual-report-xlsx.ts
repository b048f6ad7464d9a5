import { loadExcel } from '$lib/server/lazy-modules';
import { t } from '$lib/i18n';
import { neutralise } from '$lib/server/domains/exchange/spreadsheet';
import { annualReportSections, type ReportCell } from './annual-report-tables';
import type { AnnualReport } from './build-annual-report';

const GERMAN_DATE_FORMAT = 'DD.MM.YYYY';

/** Width in characters: the longest header or value, within 10 … 60. */
function widthOf(header: string, values: ReportCell[]): number {
	const lengths = values.map((v) =>
		v === null ? 1 : v instanceof Date ? 10 : typeof v === 'number' ? String(v).length + 2 : v.length
	);
	return Math.min(60, Math.max(10, header.length + 2, ...lengths.map((n) => n + 2)));
}

/**
 * The Jahresbericht as a workbook: one sheet per table of the report (the same tables the PDF
 * prints), a bold frozen header row with a filter, numbers as number cells, days as date cells,
 * text as text (formula-looking text neutralised). A first sheet names network, year and date.
 */
export async function writeAnnualReportXlsx(report: AnnualReport): Promise<Buffer> {
	const workbook = new (await loadExcel()).Workbook();
	workbook.creator = t('app.name');
	workbook.created = report.generatedAt;
	const about = workbook.addWorksheet(t('annualReport.sheet.about'));
	about.addRow([t('annualReport.title', { year: report.year })]).font = { bold: true, size: 14 };
	about.addRow([t('annualReport.aboutNetwork'), neutralise(report.network.name)]);
	about.addRow([t('annualReport.aboutYear'), report.year]);
	about.addRow([t('annualReport.aboutCreated'), report.generatedAt]).getCell(2).numFmt = GERMAN_DATE_FORMAT;
	about.getColumn(1).width = 24;
	about.getColumn(2).width = 40;

	for (const section of annualReportSections(report)) {
		for (const table of section.tables) {
			const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
			sheet.addRow(table.headers).font = { bold: true };
			for (const r of table.rows) {
				const row = sheet.addRow(r.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
				r.forEach((v, i) => {
					const c = row.getCell(i + 1);
					if (v instanceof Date) c.numFmt = GERMAN_DATE_FORMAT;
					else if (typeof v === 'string') c.numFmt = '@';
				});
			}
			table.headers.forEach((h, i) => {
				sheet.getColumn(i + 1).width = widthOf(
					h,
					table.rows.map((r) => r[i] ?? null)
				);
			});
			sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
		}
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
