import { drawTable, startPdf, type PdfBrand } from '$lib/server/pdf/pdf-document';
import { t } from '$lib/i18n';
import { formatDate } from '$lib/time';
import type { ProcessingRecordDoc } from './build-processing-record';

/** The Art. 30 record as a PDF (pdfkit, DejaVu, the network's header on every page): the same document as the page. */
export function processingRecordPdf(record: ProcessingRecordDoc, brand: PdfBrand, now: Date): Promise<Buffer> {
	const { doc, fonts, finish } = startPdf(record.title, { brand });
	const left = doc.page.margins.left;
	const width = doc.page.width - left - doc.page.margins.right;
	doc.font(fonts.bold).fontSize(16).text(record.title);
	doc.font(fonts.regular).fontSize(11).fillColor('#444444').text(record.subtitle);
	doc.text(t('privacy.art30.generated', { date: formatDate(now) }));
	doc.fillColor('#000000').moveDown();
	for (const s of record.sections) {
		doc.font(fonts.bold).fontSize(13).text(s.heading, left);
		doc.moveDown(0.3);
		doc.font(fonts.regular).fontSize(10);
		for (const p of s.paragraphs) doc.text(p, left, undefined, { width }).moveDown(0.3);
		for (const item of s.items) doc.text(`• ${item}`, left + 8, undefined, { width: width - 8 }).moveDown(0.2);
		if (s.table) {
			const w = width / s.table.head.length;
			drawTable(
				doc,
				fonts,
				s.table.head.map((title, i) => ({ x: left + i * w, w, title })),
				s.table.rows,
				{ rowHeight: 20, fontSize: 9 }
			);
		}
		doc.x = left;
		doc.moveDown();
	}
	return finish();
}
