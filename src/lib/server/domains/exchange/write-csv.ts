import { excelDate, neutralise, type CellValue } from './spreadsheet';

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
