import { drawTable, startPdf, type PdfBrand, type PdfFonts } from '$lib/server/pdf/pdf-document';
import { formatTimeSpan } from '../shared/time';

type PdfMeeting = {
	networkName: string;
	bodyName: string;
	title: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	onlineUrl: string;
	agenda: string;
	minutes: string;
};

function header(doc: PDFKit.PDFDocument, fonts: PdfFonts, heading: string, m: PdfMeeting) {
	doc.font(fonts.bold).fontSize(16).text(heading);
	doc.font(fonts.regular).fontSize(11).fillColor('#444444').text(`${m.networkName} · ${m.bodyName}`);
	doc.fillColor('#000000').text(`${m.title} – ${formatTimeSpan(m.startsAt, m.endsAt)}`);
	if (m.place) doc.text(`Ort: ${m.place}`);
	if (m.onlineUrl) doc.text(`Online: ${m.onlineUrl}`);
	doc.moveDown();
}

/** Printable sign-in sheet for the day: one row per invitee (answers shown) plus empty rows for guests; long names wrap, every page has the column titles. */
export function attendanceSheetPdf(
	m: PdfMeeting,
	people: { name: string; organisationName: string; answer: string | null }[],
	brand: PdfBrand
): Promise<Buffer> {
	const { doc, fonts, finish } = startPdf(`Anwesenheitsliste – ${m.title}`, { brand });
	header(doc, fonts, 'Anwesenheitsliste', m);
	const cols = [
		{ x: 50, w: 170, title: 'Name' },
		{ x: 220, w: 170, title: 'Organisation' },
		{ x: 390, w: 60, title: 'Zusage' },
		{ x: 450, w: 95, title: 'Unterschrift' }
	];
	const answers: Record<string, string> = { yes: 'ja', no: 'nein', maybe: 'vielleicht' };
	const rows = [...people, ...Array.from({ length: 6 }, () => ({ name: '', organisationName: '', answer: null }))].map(
		(p) => [p.name, p.organisationName, p.answer ? (answers[p.answer] ?? '') : '', '']
	);
	drawTable(doc, fonts, cols, rows, { rowHeight: 28, fontSize: 10 });
	return finish();
}

/** The minutes with agenda, decisions and tasks as a PDF to keep with the meeting. */
export function minutesPdf(
	m: PdfMeeting,
	tasks: { title: string; owner: string; dueDate: string; status: string }[],
	brand: PdfBrand
): Promise<Buffer> {
	const { doc, fonts, finish } = startPdf(`Protokoll – ${m.title}`, { brand });
	header(doc, fonts, 'Protokoll', m);
	if (m.agenda) {
		doc.font(fonts.bold).fontSize(12).text('Tagesordnung');
		doc.font(fonts.regular).fontSize(11).text(m.agenda).moveDown();
	}
	doc.font(fonts.bold).fontSize(12).text('Ergebnisse und Beschlüsse');
	doc
		.font(fonts.regular)
		.fontSize(11)
		.text(m.minutes || '–')
		.moveDown();
	doc.font(fonts.bold).fontSize(12).text('Aufgaben');
	doc.font(fonts.regular).fontSize(11);
	if (tasks.length === 0) doc.text('–');
	for (const t of tasks)
		doc.text(
			`• ${t.title}${t.owner ? ` – ${t.owner}` : ''}${t.dueDate ? ` – fällig ${t.dueDate}` : ''} (${t.status === 'done' ? 'erledigt' : 'offen'})`
		);
	return finish();
}
