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

export type PdfColumn = { x: number; w: number; title: string };

/**
 * A ruled table: a bold header row, then one row per entry, a new page when the page is full.
 * Cells are cut with an ellipsis to the row height (lists to sign or to read, not full texts).
 */
export function drawTable(doc: PDFKit.PDFDocument, fonts: PdfFonts, cols: PdfColumn[], rows: string[][], o: { rowHeight: number; fontSize: number }) {
	const row = (y: number, cells: string[], bold = false) => {
		doc.font(bold ? fonts.bold : fonts.regular).fontSize(o.fontSize);
		cells.forEach((c, i) => doc.text(c, cols[i]!.x + 3, y + 6, { width: cols[i]!.w - 6, height: o.rowHeight - 6, ellipsis: true }));
		cols.forEach((c) => doc.rect(c.x, y, c.w, o.rowHeight).stroke('#888888'));
	};
	let y = doc.y;
	row(y, cols.map((c) => c.title), true);
	y += o.rowHeight;
	for (const cells of rows) {
		if (y > 790 - o.rowHeight) {
			doc.addPage();
			y = 50;
		}
		row(y, cells);
		y += o.rowHeight;
	}
	doc.x = cols[0]!.x;
	doc.y = y + 10;
}
