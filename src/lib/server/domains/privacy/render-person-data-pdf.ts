import { t } from '$lib/i18n';
import { formatDate } from '$lib/time';
import { startPdf, type PdfBrand } from '$lib/server/pdf/pdf-document';
import type { PersonData } from './find-person-data';
import { describeAction, fieldLabel, showValue } from './describe-person-data';

/** The readable Art. 15 answer: who was asked for, then every place with what is stored there. */
export function renderPersonDataPdf(data: PersonData, o: { brand: PdfBrand; now: Date }): Promise<Buffer> {
	const { doc, fonts, finish } = startPdf(t('personData.pdf.title'), { brand: o.brand });
	doc.font(fonts.bold).fontSize(16).text(t('personData.pdf.title'));
	doc.font(fonts.regular).fontSize(10).moveDown(0.5);
	if (data.query.name) doc.text(t('personData.pdf.name', { name: personName(data) }));
	if (data.query.email) doc.text(t('personData.pdf.email', { email: data.query.email }));
	doc.text(t('personData.pdf.created', { date: formatDate(o.now, 'dateTime') }));
	doc.text(t('personData.pdf.total', { count: data.total }));
	for (const source of data.sources) {
		doc.moveDown().font(fonts.bold).fontSize(13).text(t(source.title));
		doc.font(fonts.regular).fontSize(10);
		if (source.records.length === 0) doc.fillColor('#444444').text(t('personData.none')).fillColor('#000000');
		for (const r of source.records) {
			doc.moveDown(0.4).font(fonts.bold).text(r.label);
			doc.font(fonts.regular).fillColor('#444444').text(describeAction(r.action)).fillColor('#000000');
			for (const [key, value] of Object.entries(r.data))
				doc.text(`${fieldLabel(key)}: ${showValue(value)}`.slice(0, 4000), { indent: 12 });
		}
	}
	return finish();
}

/** The name as stored (first record that has one), else as typed. */
function personName(data: PersonData): string {
	for (const s of data.sources)
		for (const r of s.records) {
			const name = r.data.name ?? r.data.signerName;
			if (typeof name === 'string' && name.toLowerCase() === data.query.name) return name;
		}
	return data.query.name ?? '';
}
