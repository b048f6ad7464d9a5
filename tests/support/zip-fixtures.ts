import { crc32, deflateRawSync } from 'node:zlib';

// ZIP archives built byte by byte for the tests of the ZIP checks and the document type detection.

export type Part = { name: string; data: Buffer; stored?: boolean };

/** A ZIP of deflated parts; `declare` overrides the uncompressed size written into the headers (a lying archive). */
export function zipOf(parts: Part[], declare?: (p: Part) => number): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const p of parts) {
		const name = Buffer.from(p.name);
		const body = p.stored ? p.data : deflateRawSync(p.data);
		const size = declare ? declare(p) : p.data.length;
		const header = (central: boolean) => {
			const h = Buffer.alloc(central ? 46 : 30);
			const at = central ? 4 : 2; // the central record carries an extra "version made by"
			h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
			h.writeUInt16LE(20, at + 2);
			h.writeUInt16LE(p.stored ? 0 : 8, at + 6);
			h.writeUInt32LE(crc32(p.data), at + 12);
			h.writeUInt32LE(body.length, at + 16);
			h.writeUInt32LE(size, at + 20);
			h.writeUInt16LE(name.length, at + 24);
			if (central) h.writeUInt32LE(offset, 42);
			return h;
		};
		locals.push(header(false), name, body);
		centrals.push(header(true), name);
		offset += 30 + name.length + body.length;
	}
	const dir = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(parts.length, 8);
	end.writeUInt16LE(parts.length, 10);
	end.writeUInt32LE(dir.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, dir, end]);
}

/** A stored ZIP of empty entries with the given names, as Office files are ZIPs of XML parts. */
export function zipWith(names: string[]): Buffer {
	return zipOf(names.map((name) => ({ name, data: Buffer.alloc(0), stored: true })));
}

/** A minimal DOCX with this document part. */
export function docx(documentXml: Buffer): Buffer {
	const types =
		'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
	return zipOf([
		{ name: '[Content_Types].xml', data: Buffer.from(types) },
		{ name: 'word/document.xml', data: documentXml }
	]);
}
