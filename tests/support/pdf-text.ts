import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

/**
 * The text of each page of a PDF as poppler's pdftotext reads it (in drawing order, so a
 * wrapped table cell comes out as consecutive lines), whitespace collapsed to single spaces.
 */
export function pdfPages(pdf: Buffer): string[] {
	const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
	const pages = text.split('\f');
	if (pages.at(-1)?.trim() === '') pages.pop();
	return pages.map((p) => p.replace(/\s+/g, ' ').trim());
}

/** The decompressed content streams of a PDF (drawing operators such as colours), for checks text extraction cannot make. */
export function pdfContent(pdf: Buffer): string {
	const raw = pdf.toString('latin1');
	const parts: string[] = [];
	for (const m of raw.matchAll(/stream\r?\n/g)) {
		const start = m.index + m[0].length;
		const end = raw.indexOf('endstream', start);
		try {
			parts.push(zlib.inflateSync(pdf.subarray(start, end)).toString('latin1'));
		} catch {
			// Not a Flate stream (an image or font): nothing to read here.
		}
	}
	return parts.join('\n');
}
