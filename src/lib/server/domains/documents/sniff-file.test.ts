import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PDF, PNG } from '$tests/file-fixtures';
import { zipWith } from '$tests/zip-fixtures';
import { sniffDocumentType } from './sniff-file';

describe('document types are detected from the content', () => {
	it('knows PDF, PNG, JPEG, DOCX and XLSX and nothing else', async () => {
		const workbook = new ExcelJS.Workbook();
		workbook.addWorksheet('Liste').addRow(['Name']);
		expect(sniffDocumentType(PDF)).toBe('pdf');
		expect(sniffDocumentType(PNG)).toBe('png');
		expect(sniffDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
		expect(sniffDocumentType(Buffer.from(await workbook.xlsx.writeBuffer()))).toBe('xlsx');
		expect(sniffDocumentType(zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']))).toBe('docx');
		expect(sniffDocumentType(zipWith(['readme.txt', 'word/document.xml']))).toBeNull(); // a plain ZIP
		expect(sniffDocumentType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
		expect(sniffDocumentType(Buffer.from('MZ\x90\x00'))).toBeNull(); // a Windows program renamed to .pdf
		expect(sniffDocumentType(Buffer.alloc(0))).toBeNull();
	});
});
