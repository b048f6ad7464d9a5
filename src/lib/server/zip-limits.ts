import { createInflateRaw } from 'node:zlib';

/**
 * ZIP archives (XLSX, DOCX) checked before anything unpacks them: a few kilobytes can expand
 * to gigabytes (a "zip bomb"). The central directory gives the entry count and the declared
 * sizes; the declared sizes may lie, so every entry is also inflated once, counting the bytes
 * and stopping at the limit, without keeping them.
 */
export type ZipLimits = { maxEntries: number; maxUncompressedBytes: number };
export type ZipEntry = {
	name: string;
	method: number;
	compressedSize: number;
	uncompressedSize: number;
	localHeaderOffset: number;
};
export type ZipCheck = 'ok' | 'too_large' | 'unreadable';

/** A spreadsheet to import: parsed in memory by exceljs, so kept well below what the server can hold. */
export const IMPORT_ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxUncompressedBytes: 50 * 1024 * 1024 };
/** A stored document (DOCX, XLSX): never unpacked on the server, but opened by the network's members. */
export const DOCUMENT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxUncompressedBytes: 100 * 1024 * 1024 };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The entries of the central directory (found from the back), or null when there is none or it is broken. */
export function readZipDirectory(data: Buffer): ZipEntry[] | null {
	const min = Math.max(0, data.length - 65_557);
	let end = -1;
	for (let i = data.length - 22; i >= min; i--) {
		if (data.readUInt32LE(i) === END_OF_DIRECTORY) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = data.readUInt16LE(end + 10);
	let offset = data.readUInt32LE(end + 16);
	const entries: ZipEntry[] = [];
	for (let n = 0; n < count; n++) {
		if (offset + 46 > data.length || data.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
		const nameLength = data.readUInt16LE(offset + 28);
		const extraLength = data.readUInt16LE(offset + 30);
		const commentLength = data.readUInt16LE(offset + 32);
		entries.push({
			name: data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
			method: data.readUInt16LE(offset + 10),
			compressedSize: data.readUInt32LE(offset + 20),
			uncompressedSize: data.readUInt32LE(offset + 24),
			localHeaderOffset: data.readUInt32LE(offset + 42)
		});
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** Inflates raw deflate data, counting the output; resolves the count, or -1 once it passes `budget`. */
function inflatedSize(compressed: Buffer, budget: number): Promise<number> {
	return new Promise((resolve) => {
		const inflate = createInflateRaw();
		let total = 0;
		inflate.on('data', (chunk: Buffer) => {
			total += chunk.length;
			if (total > budget) {
				inflate.destroy();
				resolve(-1);
			}
		});
		inflate.on('end', () => resolve(total));
		inflate.on('error', () => resolve(-2));
		inflate.end(compressed);
	});
}

/** Checks a ZIP archive against the limits, before any library unpacks it. */
export async function checkZip(data: Buffer, limits: ZipLimits): Promise<ZipCheck> {
	const entries = readZipDirectory(data);
	if (!entries) return 'unreadable';
	if (entries.length > limits.maxEntries) return 'too_large';
	let declared = 0;
	for (const e of entries) {
		// ZIP64 sizes (4 GB and more) are far beyond any limit here.
		if (e.uncompressedSize === ZIP64_MARK || e.compressedSize === ZIP64_MARK) return 'too_large';
		declared += e.uncompressedSize;
	}
	if (declared > limits.maxUncompressedBytes) return 'too_large';
	let actual = 0;
	for (const e of entries) {
		const at = e.localHeaderOffset;
		if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL_HEADER) return 'unreadable';
		const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
		const compressed = data.subarray(start, start + e.compressedSize);
		const budget = limits.maxUncompressedBytes - actual;
		if (e.method === 0) actual += compressed.length;
		else if (e.method === 8) {
			const size = await inflatedSize(compressed, budget);
			if (size === -1) return 'too_large';
			if (size < 0) return 'unreadable';
			actual += size;
		} else return 'unreadable';
		if (actual > limits.maxUncompressedBytes) return 'too_large';
	}
	return 'ok';
}
