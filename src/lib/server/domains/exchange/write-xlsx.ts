import { loadExcel } from '$lib/server/lazy-modules';
import { t } from '$lib/i18n';
import { neutralise, type CellValue, type ColumnType } from './spreadsheet';

const GERMAN_DATE_FORMAT = 'DD.MM.YYYY';

/**
 * XLSX with one sheet a coordinator can sort and filter: bold, frozen header row with a
 * filter, days as date cells (German format), numbers as numbers, text as text cells
 * (formula-looking text neutralised, nothing is a formula).
 */
export async function writeXlsx(
	sheetName: string,
	headers: string[],
	rows: CellValue[][],
	o: { types?: ColumnType[]; notes?: { title: string; rows: string[][] } } = {}
): Promise<Buffer> {
	const workbook = new (await loadExcel()).Workbook();
	workbook.creator = t('app.name');
	const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
	headers.forEach((h, i) => {
		const col = sheet.getColumn(i + 1);
		col.width = Math.min(60, Math.max(12, h.length + 4));
		const type = o.types?.[i] ?? 'text';
		if (type === 'text') col.numFmt = '@';
		else if (type === 'date') col.numFmt = GERMAN_DATE_FORMAT;
	});
	sheet.addRow(headers).font = { bold: true };
	for (const r of rows) {
		const row = sheet.addRow(r.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
		r.forEach((v, i) => {
			const cell = row.getCell(i + 1);
			if (v instanceof Date) cell.numFmt = GERMAN_DATE_FORMAT;
			else if (typeof v === 'number') cell.numFmt = 'General';
			else cell.numFmt = '@';
		});
	}
	if (headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
	const notes = o.notes;
	if (notes) {
		// A second sheet explains the columns; the import reads only the first sheet.
		const help = workbook.addWorksheet(notes.title);
		help.addRow([t('server.sheet.column'), t('server.sheet.note'), t('server.sheet.allowedValues')]).font = {
			bold: true
		};
		for (const r of notes.rows) help.addRow(r.map(neutralise));
		help.columns.forEach((col, i) => (col.width = [28, 70, 70][i] ?? 20));
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
