import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parseCsv } from './read-csv';
import { readSheet } from './read-sheet';

describe('spreadsheet reading', () => {
	it('reads quoted CSV fields with delimiters, quotes and line breaks', () => {
		expect(parseCsv('a;"b;c";"d ""e"""\r\n"x\ny";z;\n', ';')).toEqual([
			['a', 'b;c', 'd "e"'],
			['x\ny', 'z', '']
		]);
	});
	it('detects Windows-1252 and the comma delimiter', async () => {
		const bytes = Uint8Array.from([
			...Buffer.from('Name,Stra'),
			0xdf,
			...Buffer.from('e\r\n'),
			0x84,
			...Buffer.from('M'),
			0xfc,
			...Buffer.from('ller'),
			0x93,
			...Buffer.from(',Weg 1 '),
			0x96,
			...Buffer.from(' 5 '),
			0x80,
			...Buffer.from('\r\n')
		]);
		const sheet = await readSheet(bytes);
		expect(sheet).toMatchObject({
			format: 'csv',
			encoding: 'windows-1252',
			delimiter: ',',
			headers: ['Name', 'Straße'],
			rows: [{ row: 2, cells: ['„Müller“', 'Weg 1 – 5 €'] }]
		});
	});
	it('refuses binary files and empty files', async () => {
		expect(await readSheet(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toEqual({
			error: 'error.importNotSpreadsheet'
		});
		expect(await readSheet(new Uint8Array())).toEqual({ error: 'error.importEmpty' });
		expect(await readSheet(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
			error: 'error.importUnreadable'
		});
	});
	it('reads XLSX formulas as their result, Excel dates as days, skips empty rows and ignores merged copies', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Daten');
		ws.addRow(['Externe ID', 'Titel', 'Gültig ab', 'Kosten']);
		ws.addRow(['a-1', { formula: '"Baby"&"treff"', result: 'Babytreff' }, new Date(Date.UTC(2026, 2, 1)), 'x']);
		ws.addRow([]);
		ws.addRow(['a-2', 'Zweites', null, 'y']);
		ws.mergeCells('C4:D4');
		const sheet = await readSheet(new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(sheet).toMatchObject({
			format: 'xlsx',
			rows: [
				{ row: 2, cells: ['a-1', 'Babytreff', '2026-03-01', 'x'] },
				{ row: 4, cells: ['a-2', 'Zweites', '', ''] }
			]
		});
	});
});
