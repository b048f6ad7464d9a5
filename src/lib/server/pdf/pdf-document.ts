import fs from 'node:fs';
import PDFDocument from 'pdfkit';

const FONT = process.env.PDF_FONT_PATH || '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = FONT.replace(/DejaVuSans\.ttf$/, 'DejaVuSans-Bold.ttf');

export type PdfFonts = { regular: string; bold: string };

/** A new A4 document with Debian's DejaVu fonts (Latin, Turkish, Polish, Cyrillic; Helvetica without them), collected into a Buffer when ended. */
export function startPdf(title: string, options: { margin?: number; lang?: string } = {}) {
	const doc = new PDFDocument({ size: 'A4', margin: options.margin ?? 50, info: { Title: title }, lang: options.lang ?? 'de' });
	const hasFont = fs.existsSync(FONT);
	const fonts: PdfFonts = { regular: hasFont ? FONT : 'Helvetica', bold: hasFont && fs.existsSync(BOLD) ? BOLD : hasFont ? FONT : 'Helvetica-Bold' };
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
	return { doc, fonts, done };
}
