import type ExcelJS from 'exceljs';

// Libraries only some requests need, loaded on first use instead of when the app starts: each app
// process saves their memory until then (exceljs ~28 MB, issue 17). pdfkit: see pdf/pdf-document.ts.

let excel: Promise<typeof ExcelJS> | undefined;

/** exceljs, for spreadsheet imports and exports. */
export const loadExcel = () => (excel ??= import('exceljs').then((m) => m.default));
