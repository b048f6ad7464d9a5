import fs from 'node:fs';
import { createRequire } from 'node:module';
import type PDFKitDocument from 'pdfkit';

// Loaded on the first PDF, not at start: pdfkit and its fonts code are ~28 MB per app process (issue 17).
const require = createRequire(import.meta.url);
let pdfkit: typeof PDFKitDocument | undefined;
const PDFDocument = () => (pdfkit ??= require('pdfkit') as typeof PDFKitDocument);

const FONT = process.env.PDF_FONT_PATH || '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const BOLD = FONT.replace(/DejaVuSans\.ttf$/, 'DejaVuSans-Bold.ttf');

export type PdfFonts = { regular: string; bold: string };

/** What a network's documents carry on every page: its name, brand colour, logo, and for demo networks the sample-data note. */
export type PdfBrand = {
	networkName: string;
	colour: string;
	logo: { data: Buffer; type: string } | null;
	note: string | null;
};

/** Room above the text for the brand header (logo, name, note, rule). */
const HEADER_SPACE = 30;

/**
 * A new A4 document with Debian's DejaVu fonts (Latin, Turkish, Polish, Cyrillic; Helvetica without them), collected into a Buffer when ended.
 * With a brand, `finish()` puts the network's header on every page before it ends the document (call it instead of `doc.end()`).
 */
export function startPdf(title: string, options: { margin?: number; lang?: string; brand?: PdfBrand } = {}) {
	const margin = options.margin ?? 50;
	const brand = options.brand;
	const doc = new (PDFDocument())({
		size: 'A4',
		margins: { top: brand ? margin + HEADER_SPACE : margin, bottom: margin, left: margin, right: margin },
		info: { Title: title },
		lang: options.lang ?? 'de',
		bufferPages: Boolean(brand)
	});
	const hasFont = fs.existsSync(FONT);
	const fonts: PdfFonts = {
		regular: hasFont ? FONT : 'Helvetica',
		bold: hasFont && fs.existsSync(BOLD) ? BOLD : hasFont ? FONT : 'Helvetica-Bold'
	};
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
	const finish = () => {
		if (brand) {
			const range = doc.bufferedPageRange();
			for (let i = range.start; i < range.start + range.count; i++) {
				doc.switchToPage(i);
				drawBrandHeader(doc, fonts, brand, margin);
			}
		}
		doc.end();
		return done;
	};
	return { doc, fonts, done, finish };
}

function drawBrandHeader(doc: PDFKit.PDFDocument, fonts: PdfFonts, brand: PdfBrand, margin: number) {
	const colour = /^#[0-9a-f]{6}$/i.test(brand.colour) ? brand.colour : '#1d5c8f';
	const top = margin - 20;
	const left = margin;
	const right = doc.page.width - margin;
	let textX = left;
	// pdfkit draws PNG and JPEG; an SVG logo is left out (the name stands alone).
	if (brand.logo && (brand.logo.type === 'image/png' || brand.logo.type === 'image/jpeg')) {
		doc.image(brand.logo.data, left, top, { fit: [110, 36], valign: 'center' });
		textX = left + 120;
	}
	doc
		.font(fonts.bold)
		.fontSize(10)
		.fillColor(colour)
		.text(brand.networkName, textX, top + 2, { width: right - textX, height: 14, ellipsis: true });
	if (brand.note)
		doc
			.font(fonts.regular)
			.fontSize(8)
			.fillColor('#444444')
			.text(brand.note, textX, top + 16, { width: right - textX, height: 22, ellipsis: true });
	doc
		.moveTo(left, top + 41)
		.lineTo(right, top + 41)
		.lineWidth(1.5)
		.stroke(colour);
	doc.fillColor('#000000').lineWidth(1);
}

export type PdfColumn = { x: number; w: number; title: string };

/**
 * A ruled table: a bold header row, then one row per entry. Cells wrap (a row grows to its
 * longest cell, never cut); a row that does not fit goes to a new page, which repeats the header.
 */
export function drawTable(
	doc: PDFKit.PDFDocument,
	fonts: PdfFonts,
	cols: PdfColumn[],
	rows: string[][],
	o: { rowHeight: number; fontSize: number }
) {
	const pad = 6;
	const setFont = (bold: boolean) => doc.font(bold ? fonts.bold : fonts.regular).fontSize(o.fontSize);
	const heightOf = (cells: string[], bold: boolean) => {
		setFont(bold);
		return Math.max(
			o.rowHeight,
			...cells.map((c, i) => (c ? doc.heightOfString(c, { width: cols[i]!.w - 6 }) + 2 * pad : 0))
		);
	};
	const drawRow = (y: number, cells: string[], height: number, bold: boolean) => {
		setFont(bold);
		cells.forEach((c, i) => {
			if (c) doc.text(c, cols[i]!.x + 3, y + pad, { width: cols[i]!.w - 6 });
		});
		cols.forEach((c) => doc.rect(c.x, y, c.w, height).stroke('#888888'));
	};
	const bottom = () => doc.page.height - doc.page.margins.bottom;
	const header = cols.map((c) => c.title);
	const headerHeight = heightOf(header, true);
	let y = doc.y;
	const newPageWithHeader = () => {
		doc.addPage();
		y = doc.page.margins.top;
		drawRow(y, header, headerHeight, true);
		y += headerHeight;
	};
	// The header never stands alone at the foot of a page.
	if (y + headerHeight + (rows[0] ? heightOf(rows[0], false) : 0) > bottom()) newPageWithHeader();
	else {
		drawRow(y, header, headerHeight, true);
		y += headerHeight;
	}
	for (const cells of rows) {
		const height = heightOf(cells, false);
		if (y + height > bottom()) newPageWithHeader();
		drawRow(y, cells, height, false);
		y += height;
	}
	doc.x = cols[0]!.x;
	doc.y = y + 10;
}
