import type ExcelJS from 'exceljs';
import { loadExcel } from '$lib/server/lazy-modules';
import { checkZip, IMPORT_ZIP_LIMITS } from '$lib/server/zip-limits';
import { readCsvRows } from './read-csv';
import { excelDate, type Sheet, type SheetError, type SheetRow } from './spreadsheet';

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function isBlank(cells: string[]): boolean {
	return cells.every((c) => c.trim() === '');
}

/** A cell of any kind (formula result, rich text, link, date, number) as the text the user sees. */
function cellText(cell: ExcelJS.Cell): string {
	if (cell.isMerged && cell.master.address !== cell.address) return '';
	const v = cell.value;
	if (v === null || v === undefined) return '';
	if (v instanceof Date) return excelDate(v);
	if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v).replace('.', ',');
	if (typeof v === 'boolean') return v ? 'ja' : 'nein';
	if (typeof v === 'string') return v;
	if (typeof v === 'object') {
		if ('richText' in v) return v.richText.map((r) => r.text).join('');
		if ('formula' in v || 'sharedFormula' in v) {
			const result = (v as ExcelJS.CellFormulaValue).result;
			if (result instanceof Date) return excelDate(result);
			if (result === undefined || result === null || typeof result === 'object') return '';
			return String(result);
		}
		if ('text' in v && typeof v.text === 'string') return v.text;
		if ('hyperlink' in v) return String((v as ExcelJS.CellHyperlinkValue).hyperlink);
	}
	return String(v);
}

/** The first sheet of an XLSX file: header row and data rows (empty rows skipped). */
async function readXlsx(bytes: Uint8Array): Promise<Sheet | { error: SheetError }> {
	// Before exceljs unpacks anything: a small file may expand to gigabytes.
	const zip = await checkZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), IMPORT_ZIP_LIMITS);
	if (zip !== 'ok') return { error: zip === 'too_large' ? 'error.zipTooLarge' : 'error.importUnreadable' };
	const workbook = new (await loadExcel()).Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch {
		return { error: 'error.importUnreadable' };
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) return { error: 'error.importEmpty' };
	const width = sheet.columnCount;
	const all: SheetRow[] = [];
	sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
		const cells: string[] = [];
		for (let c = 1; c <= width; c++) cells.push(cellText(r.getCell(c)).trim());
		if (!isBlank(cells)) all.push({ row: rowNumber, cells });
	});
	const [head, ...rows] = all;
	if (!head) return { error: 'error.importEmpty' };
	return { headers: head.cells, rows, format: 'xlsx' };
}

/**
 * Reads an uploaded CSV (UTF-8 or Windows-1252, `;` or `,`) or XLSX (first sheet) into a
 * header row and data rows; empty rows are skipped, row numbers stay those of the file.
 */
export async function readSheet(bytes: Uint8Array): Promise<Sheet | { error: SheetError }> {
	if (bytes.length === 0) return { error: 'error.importEmpty' };
	if (isZip(bytes)) return readXlsx(bytes);
	// Binary files (images, PDFs, executables) contain NUL bytes; text files do not.
	if (bytes.subarray(0, 8192).includes(0)) return { error: 'error.importNotSpreadsheet' };
	const { rows: parsed, encoding, delimiter } = readCsvRows(bytes);
	const all = parsed.filter((r) => !isBlank(r.cells));
	const [head, ...rows] = all;
	if (!head || (rows.length === 0 && head.cells.length < 2)) return { error: 'error.importEmpty' };
	return { headers: head.cells, rows, format: 'csv', encoding, delimiter };
}
