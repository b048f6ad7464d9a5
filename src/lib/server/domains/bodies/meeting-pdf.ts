import { drawTable, startPdf, type PdfBrand, type PdfFonts } from '$lib/server/pdf/pdf-document';
import { t } from '$lib/i18n';
import { formatTimeSpan } from '$lib/time';
import { taskLine } from './minutes-text';

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
	if (m.place) doc.text(t('meetingPdf.place', { place: m.place }));
	if (m.onlineUrl) doc.text(t('meetingPdf.online', { url: m.onlineUrl }));
	doc.moveDown();
}

/** Printable sign-in sheet for the day: one row per invitee (answers shown) plus empty rows for guests; long names wrap, every page has the column titles. */
export function attendanceSheetPdf(
	m: PdfMeeting,
	people: { name: string; organisationName: string; answer: string | null }[],
	brand: PdfBrand
): Promise<Buffer> {
	const { doc, fonts, finish } = startPdf(t('meetingPdf.attendanceTitle', { title: m.title }), { brand });
	header(doc, fonts, t('meetingPdf.attendance'), m);
	const cols = [
		{ x: 50, w: 170, title: t('meetingPdf.column.name') },
		{ x: 220, w: 170, title: t('meetingPdf.column.organisation') },
		{ x: 390, w: 60, title: t('meetingPdf.column.answer') },
		{ x: 450, w: 95, title: t('meetingPdf.column.signature') }
	];
	const answers: Record<string, string> = {
		yes: t('meetingPdf.answer.yes'),
		no: t('meetingPdf.answer.no'),
		maybe: t('meetingPdf.answer.maybe')
	};
	const rows = [...people, ...Array.from({ length: 6 }, () => ({ name: '', organisationName: '', answer: null }))].map(
		(p) => [p.name, p.organisationName, p.answer ? (answers[p.answer] ?? '') : '', '']
	);
	drawTable(doc, fonts, cols, rows, { rowHeight: 28, fontSize: 10 });
	return finish();
}

/** The minutes with attendance, agenda, decisions and tasks as a PDF to keep with the meeting. */
export function minutesPdf(
	m: PdfMeeting,
	tasks: { title: string; owner: string; dueDate: string; status: string }[],
	brand: PdfBrand,
	attendees: { name: string; organisationName: string }[] = []
): Promise<Buffer> {
	const { doc, fonts, finish } = startPdf(t('meetingPdf.minutesTitle', { title: m.title }), { brand });
	header(doc, fonts, t('meetingPdf.minutes'), m);
	if (attendees.length > 0) {
		doc
			.font(fonts.bold)
			.fontSize(12)
			.text(t('attendance.pdfHeading', { count: attendees.length }));
		doc.font(fonts.regular).fontSize(11);
		for (const a of attendees) doc.text(`• ${a.name}${a.organisationName ? ` (${a.organisationName})` : ''}`);
		doc.moveDown();
	}
	if (m.agenda) {
		doc.font(fonts.bold).fontSize(12).text(t('meetingPdf.agenda'));
		doc.font(fonts.regular).fontSize(11).text(m.agenda).moveDown();
	}
	doc.font(fonts.bold).fontSize(12).text(t('meetingPdf.results'));
	doc
		.font(fonts.regular)
		.fontSize(11)
		.text(m.minutes || '–')
		.moveDown();
	doc.font(fonts.bold).fontSize(12).text(t('meetingPdf.tasks'));
	doc.font(fonts.regular).fontSize(11);
	if (tasks.length === 0) doc.text('–');
	for (const task of tasks)
		doc.text(
			`• ${taskLine(task)} (${t(task.status === 'done' ? 'meetingPdf.taskStatus.done' : 'meetingPdf.taskStatus.open')})`
		);
	return finish();
}
