import { catalogLabel } from '$lib/message-keys';
import { startPdf, type PdfBrand } from '$lib/server/pdf/pdf-document';
import { formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { langTag, type LocaleCode } from '$lib/i18n/locales';
import type { Translator } from '$lib/i18n';
import type { ShortlistOffer } from './list-shortlist';

type EntryLine = { text: string; bold?: boolean; size: number; link?: string };

/**
 * The Merkliste as a printable PDF: each offer with what, when, where, contact and a
 * link to the live page, kept together on one page. pdfkit cannot shape right-to-left
 * scripts, so the caller passes a left-to-right translator (German for ar/fa).
 */
export function shortlistPdf(input: {
	brand: PdfBrand;
	offers: ShortlistOffer[];
	t: Translator;
	locale: LocaleCode;
	offerUrl: (id: string) => string;
}): Promise<Buffer> {
	const { t } = input;
	const { doc, fonts, finish } = startPdf(`${t('shortlist.title')} – ${input.brand.networkName}`, {
		margin: 56,
		lang: langTag(input.locale),
		brand: input.brand
	});
	const { regular, bold } = fonts;

	doc.font(bold).fontSize(18).text(t('shortlist.title'));
	doc.font(regular).fontSize(11).fillColor('#444444').text(input.brand.networkName).moveDown();
	for (const offer of input.offers) {
		const lines = entryLines(offer, input);
		const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
		const height = lines.reduce(
			(sum, l) =>
				sum +
				doc
					.font(l.bold ? bold : regular)
					.fontSize(l.size)
					.heightOfString(l.text, { width }),
			0
		);
		// An entry that does not fit on the rest of the page starts a new one (unless it is longer than a page).
		if (doc.y + height > doc.page.height - doc.page.margins.bottom && doc.y > doc.page.margins.top) doc.addPage();
		for (const l of lines) {
			doc.font(l.bold ? bold : regular).fontSize(l.size);
			if (l.link) doc.fillColor('#1d5c8f').text(l.text, { width, link: l.link, underline: true });
			else doc.fillColor('#000000').text(l.text, { width });
		}
		doc.font(regular).fontSize(11).moveDown();
	}
	return finish();
}

function entryLines(
	offer: ShortlistOffer,
	input: { t: Translator; locale: LocaleCode; offerUrl: (id: string) => string }
): EntryLine[] {
	const { t } = input;
	const tr = offer.translations[input.locale];
	const lines: EntryLine[] = [
		{ text: tr?.title || offer.title, bold: true, size: 14 },
		{ text: tr?.summary || offer.summary, size: 11 }
	];
	if (offer.provider) lines.push({ text: `${t('offer.provider')}: ${offer.provider}`, size: 11 });
	lines.push({ text: `${t('offer.cost')}: ${offer.costFree ? t('offer.costFree') : offer.costText}`, size: 11 });
	const hours = WEEKDAYS.map((d) => ({ d, h: formatDayHours(offer.schedule.weekly, d) })).filter((x) => x.h);
	if (hours.length)
		lines.push({
			text: `${t('offer.when')} ${hours.map((x) => `${catalogLabel(t, 'weekday.', String(x.d))} ${x.h}`).join('; ')}`,
			size: 11
		});
	for (const l of offer.locations)
		lines.push({
			text: `${t('offer.where')} ${l.street}, ${l.postcode} ${l.city}${l.district ? ` (${l.district})` : ''}`,
			size: 11
		});
	if (offer.contactPhone) lines.push({ text: `${t('portal.phone')}: ${offer.contactPhone}`, size: 11 });
	if (offer.contactEmail) lines.push({ text: `${t('portal.email')}: ${offer.contactEmail}`, size: 11 });
	lines.push({ text: input.offerUrl(offer.id), size: 11, link: input.offerUrl(offer.id) });
	return lines;
}
