import type { SheetRow } from './spreadsheet';

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

/**
 * A CSV file's rows (UTF-8 or Windows-1252, `;` or `,`), cells trimmed, numbered as in the file;
 * blank rows are still in.
 */
export function readCsvRows(bytes: Uint8Array): {
	rows: SheetRow[];
	encoding: 'utf-8' | 'windows-1252';
	delimiter: ';' | ',';
} {
	const { text, encoding } = decodeText(bytes);
	const body = text.replace(/^\uFEFF/, '');
	const delimiter = detectDelimiter(body.slice(0, body.search(/\r?\n/) === -1 ? undefined : body.search(/\r?\n/)));
	const rows = parseCsv(body, delimiter).map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c.trim()) }));
	return { rows, encoding, delimiter };
}
