import ExcelJS from 'exceljs';
import { checkZip, IMPORT_ZIP_LIMITS } from '$lib/server/zip-limits';

/** One data row of an uploaded file: its row number as the user sees it, and the cells as text. */
export type SheetRow = { row: number; cells: string[] };
export type Sheet = {
	headers: string[];
	rows: SheetRow[];
	format: 'csv' | 'xlsx';
	encoding?: 'utf-8' | 'windows-1252';
	delimiter?: ';' | ',';
};
export type SheetError =
	'error.importEmpty' | 'error.importNotSpreadsheet' | 'error.importUnreadable' | 'error.zipTooLarge';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Text that a spreadsheet program would run as a formula starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Export: a cell that would start a formula gets a leading apostrophe (shown as text, never run). */
export function neutralise(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Import: undoes `neutralise`, so export → import gives back the same text. */
export function unneutralise(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

// Windows-1252 differs from Latin-1 in 0x80–0x9F (€ „ “ – … and friends). Node's TextDecoder
// decodes "windows-1252" as Latin-1, so those bytes are mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
	return out;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Windows-1252 (Excel's "CSV" on German Windows). */
function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}

/** RFC 4180 CSV with the given delimiter: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string, delimiter: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === delimiter) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

function detectDelimiter(firstLine: string): ';' | ',' {
	const count = (d: string) => firstLine.split(d).length;
	return count(';') >= count(',') ? ';' : ',';
}

function isBlank(cells: string[]): boolean {
	return cells.every((c) => c.trim() === '');
}

function excelDate(d: Date): string {
	// Excel dates carry no zone; exceljs gives them as UTC midnight.
	return d.toISOString().slice(0, 10);
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

/**
 * Reads an uploaded CSV (UTF-8 or Windows-1252, `;` or `,`) or XLSX (first sheet) into a
 * header row and data rows; empty rows are skipped, row numbers stay those of the file.
 */
export async function readSheet(bytes: Uint8Array): Promise<Sheet | { error: SheetError }> {
	if (bytes.length === 0) return { error: 'error.importEmpty' };
	if (isZip(bytes)) {
		// Before exceljs unpacks anything: a small file may expand to gigabytes.
		const zip = await checkZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), IMPORT_ZIP_LIMITS);
		if (zip !== 'ok') return { error: zip === 'too_large' ? 'error.zipTooLarge' : 'error.importUnreadable' };
		const workbook = new ExcelJS.Workbook();
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
	// Binary files (images, PDFs, executables) contain NUL bytes; text files do not.
	if (bytes.subarray(0, 8192).includes(0)) return { error: 'error.importNotSpreadsheet' };
	const { text, encoding } = decodeText(bytes);
	const body = text.replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(body.slice(0, body.search(/\r?\n/) === -1 ? undefined : body.search(/\r?\n/)));
	const parsed = parseCsv(body, delimiter);
	const all = parsed
		.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }))
		.filter((r) => !isBlank(r.cells));
	const [head, ...rows] = all;
	if (!head || (rows.length === 0 && head.cells.length < 2)) return { error: 'error.importEmpty' };
	return { headers: head.cells, rows, format: 'csv', encoding, delimiter };
}

/** A cell of an export: text, a number, or a day (a Date at UTC midnight). */
export type CellValue = string | number | Date;

/** A day "YYYY-MM-DD" as an export cell (a date in XLSX), or empty text. */
export const dayCell = (day: string | null | undefined): CellValue => (day ? new Date(`${day}T00:00:00Z`) : '');

/** A cell as CSV text: days as YYYY-MM-DD, numbers with a decimal point (as the import reads them). */
function cellAsText(value: CellValue): string {
	if (value instanceof Date) return excelDate(value);
	return typeof value === 'number' ? String(value) : value;
}

function csvField(value: string): string {
	return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV for German Excel: UTF-8 with BOM, `;` between fields, CRLF line ends, formula-looking cells neutralised. */
export function writeCsv(headers: string[], rows: CellValue[][]): Buffer {
	const lines = [headers, ...rows].map((r) => r.map((v) => csvField(neutralise(cellAsText(v)))).join(';'));
	return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf-8');
}

const GERMAN_DATE_FORMAT = 'DD.MM.YYYY';
/** What a column holds; empty cells typed into a text column stay text in Excel (postcodes, "1-3"). */
export type ColumnType = 'text' | 'date' | 'number';

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
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Netzwerk Frühe Hilfen';
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
		help.addRow(['Spalte', 'Hinweis', 'Erlaubte Werte']).font = { bold: true };
		for (const r of notes.rows) help.addRow(r.map(neutralise));
		help.columns.forEach((col, i) => (col.width = [28, 70, 70][i] ?? 20));
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
