// The cells of the import/export spreadsheets: what a read sheet and an export cell are, and the
// formula neutralising both directions share. Reading is in read-sheet.ts, writing in write-csv.ts and write-xlsx.ts.

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

/** A day cell as "YYYY-MM-DD". */
export function excelDate(d: Date): string {
	// Excel dates carry no zone; exceljs gives them as UTC midnight.
	return d.toISOString().slice(0, 10);
}

/** A cell of an export: text, a number, or a day (a Date at UTC midnight). */
export type CellValue = string | number | Date;

/** A day "YYYY-MM-DD" as an export cell (a date in XLSX), or empty text. */
export const dayCell = (day: string | null | undefined): CellValue => (day ? new Date(`${day}T00:00:00Z`) : '');

/** What a column holds; empty cells typed into a text column stay text in Excel (postcodes, "1-3"). */
export type ColumnType = 'text' | 'date' | 'number';
