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
	const min = Math.max(0, data.length - 65_557);
	let end = -1;
	for (let i = data.length - 22; i >= min; i--) {
		if (data.readUInt32LE(i) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = data.readUInt16LE(end + 10);
	let offset = data.readUInt32LE(end + 16);
	const names: string[] = [];
	for (let n = 0; n < count; n++) {
		if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return null;
		const nameLength = data.readUInt16LE(offset + 28);
		const extraLength = data.readUInt16LE(offset + 30);
		const commentLength = data.readUInt16LE(offset + 32);
		names.push(data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return names;
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
