import { readZipDirectory } from '$lib/server/zip-limits';

/** File types a document may have, detected from the bytes — never from the name or the browser's claim. */
export const DOCUMENT_TYPES = {
	pdf: { contentType: 'application/pdf', extension: 'pdf' },
	docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
	xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
	png: { contentType: 'image/png', extension: 'png' },
	jpeg: { contentType: 'image/jpeg', extension: 'jpg' }
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Names of the entries in a ZIP file, read from its central directory (the end record is
 * found from the back). DOCX and XLSX are ZIP files told apart by their main part.
 */
export function zipEntryNames(data: Buffer): string[] | null {
	return readZipDirectory(data)?.map((e) => e.name) ?? null;
}

export function sniffDocumentType(data: Buffer): DocumentType | null {
	if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
	if (data.length >= 8 && data.subarray(0, 8).equals(PNG)) return 'png';
	if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
	if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) {
		const names = zipEntryNames(data);
		if (!names || !names.includes('[Content_Types].xml')) return null;
		if (names.includes('word/document.xml')) return 'docx';
		if (names.includes('xl/workbook.xml')) return 'xlsx';
	}
	return null;
}
