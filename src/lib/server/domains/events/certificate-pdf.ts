import { t } from '$lib/i18n';
import type { EventKind, TrainingUnit } from '$lib/server/db/schema';
import { startPdf, type PdfBrand } from '$lib/server/pdf/pdf-document';
import { formatDate, formatTimeSpan } from '$lib/time';

/** What one Teilnahmebescheinigung prints. */
export type CertificateSheet = {
	code: string;
	holderName: string;
	eventTitle: string;
	kind: EventKind;
	sessions: { startsAt: Date; endsAt: Date; place: string; onlineUrl: string }[];
	/** Sessions this person attended (printed when fewer than all). */
	attended: number;
	hours: string | null;
	unit: TrainingUnit;
	organiser: string;
	signer: string;
	signature: { data: Buffer; type: string } | null;
	verifyLink: string;
	issuedAt: Date;
};

/** A signature image stored as a data URL (PNG or JPEG, the kinds pdfkit draws); null for anything else. */
export function signatureImageOf(dataUrl: string | null): { data: Buffer; type: string } | null {
	const match = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl ?? '');
	if (!match) return null;
	return { type: match[1]!, data: Buffer.from(match[2]!, 'base64') };
}

/** Hours as Germans write them: "8" or "6,5". */
function hoursText(hours: string): string {
	const n = Number(hours);
	return Number.isInteger(n) ? String(n) : n.toLocaleString('de-DE', { maximumFractionDigits: 1 });
}

function drawSheet(
	doc: PDFKit.PDFDocument,
	fonts: { regular: string; bold: string },
	s: CertificateSheet,
	colour: string
) {
	const width = doc.page.width - 100;
	doc.moveDown(2);
	doc.font(fonts.bold).fontSize(24).fillColor(colour).text(t('certificate.title'), { align: 'center', width });
	doc.fillColor('#000000').moveDown(1.5);
	doc.font(fonts.regular).fontSize(12).text(t('certificate.confirms'), { align: 'center', width });
	doc.moveDown(0.5);
	// Long names wrap inside the width instead of running off the page.
	doc.font(fonts.bold).fontSize(18).text(s.holderName, { align: 'center', width });
	doc.moveDown(0.5);
	doc.font(fonts.regular).fontSize(12).text(t('certificate.attended'), { align: 'center', width });
	doc.moveDown(1);
	doc
		.font(fonts.regular)
		.fontSize(11)
		.fillColor('#444444')
		.text(t(`certificate.kind.${s.kind}`), { align: 'center', width });
	doc.fillColor('#000000').font(fonts.bold).fontSize(15).text(s.eventTitle, { align: 'center', width });
	doc.moveDown(1.5);
	doc.font(fonts.bold).fontSize(11).text(t('certificate.dates'));
	doc.font(fonts.regular).fontSize(11);
	for (const session of s.sessions) doc.text(`• ${formatTimeSpan(session.startsAt, session.endsAt)}`);
	if (s.attended < s.sessions.length)
		doc.text(t('certificate.sessionsAttended', { attended: s.attended, total: s.sessions.length }));
	const places = [
		...new Set(s.sessions.map((x) => x.place || (x.onlineUrl ? t('certificate.online') : '')).filter(Boolean))
	];
	if (places.length) {
		doc.moveDown(0.5).font(fonts.bold).text(t('certificate.place'));
		doc.font(fonts.regular).text(places.join('; '));
	}
	doc.moveDown(0.5).font(fonts.bold).text(t('certificate.organiser'));
	doc.font(fonts.regular).text(s.organiser);
	if (s.hours)
		doc
			.moveDown(0.5)
			.font(fonts.bold)
			.text(t(`certificate.hours.${s.unit}`, { hours: hoursText(s.hours) }));
	doc
		.moveDown(2)
		.font(fonts.regular)
		.fontSize(11)
		.text(t('certificate.issuedOn', { date: formatDate(s.issuedAt) }));
	doc.moveDown(1);
	if (s.signature) {
		try {
			doc.image(s.signature.data, { fit: [180, 60] });
		} catch {
			// A damaged image is left out; the signature line stays.
		}
	} else doc.moveDown(2);
	const y = doc.y + 4;
	doc.moveTo(50, y).lineTo(260, y).stroke('#000000');
	doc.y = y + 4;
	doc.fontSize(10).text(s.signer || t('certificate.signatureLine'), 50, doc.y, { width: 300 });
	doc
		.fontSize(8)
		.fillColor('#444444')
		.text(t('certificate.verify', { code: s.code, link: s.verifyLink }), 50, doc.page.height - 90, { width });
	doc.fillColor('#000000');
}

/**
 * Teilnahmebescheinigungen, one A4 page each, with the network's header (logo, colour, name) on every
 * page; one sheet for a participant, all of an event's for the coordinator.
 */
export function certificatesPdf(sheets: CertificateSheet[], brand: PdfBrand): Promise<Buffer> {
	const title = sheets.length === 1 ? `${t('certificate.title')} – ${sheets[0]!.holderName}` : t('certificate.title');
	const { doc, fonts, finish } = startPdf(title, { brand });
	const colour = /^#[0-9a-f]{6}$/i.test(brand.colour) ? brand.colour : '#1d5c8f';
	sheets.forEach((s, i) => {
		if (i > 0) doc.addPage();
		drawSheet(doc, fonts, s, colour);
	});
	return finish();
}
