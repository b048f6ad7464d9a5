import { startPdf } from '$lib/server/pdf/pdf-document';
import { formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import type { Translator } from '$lib/i18n';
import type { MessageKey } from '$lib/i18n';
import type { ShortlistOffer } from './list-shortlist';

/**
 * The Merkliste as a printable PDF: each offer with what, when, where, contact and a
 * link to the live page. pdfkit cannot shape right-to-left scripts, so the caller
 * passes a left-to-right translator (German for ar/fa).
 */
export function shortlistPdf(input: {
	networkName: string;
	offers: ShortlistOffer[];
	t: Translator;
	locale: string;
	offerUrl: (id: string) => string;
}): Promise<Buffer> {
	const { t } = input;
	const { doc, fonts, done } = startPdf(`${t('shortlist.title')} – ${input.networkName}`, { margin: 56, lang: input.locale });
	const { regular, bold } = fonts;

	doc.font(bold).fontSize(18).text(t('shortlist.title'));
	doc.font(regular).fontSize(11).fillColor('#444444').text(input.networkName).moveDown();
	for (const offer of input.offers) {
		const tr = offer.translations[input.locale];
		doc.fillColor('#000000').font(bold).fontSize(14).text(tr?.title || offer.title);
		doc.font(regular).fontSize(11).text(tr?.summary || offer.summary);
		if (offer.provider) doc.text(`${t('offer.provider')}: ${offer.provider}`);
		doc.text(`${t('offer.cost')}: ${offer.costFree ? t('offer.costFree') : offer.costText}`);
		const hours = WEEKDAYS.map((d) => ({ d, h: formatDayHours(offer.schedule.weekly, d) })).filter((x) => x.h);
		if (hours.length) doc.text(`${t('offer.when')} ${hours.map((x) => `${t(`weekday.${x.d}` as MessageKey)} ${x.h}`).join('; ')}`);
		for (const l of offer.locations) doc.text(`${t('offer.where')} ${l.street}, ${l.postcode} ${l.city}${l.district ? ` (${l.district})` : ''}`);
		if (offer.contactPhone) doc.text(`${t('portal.phone')}: ${offer.contactPhone}`);
		if (offer.contactEmail) doc.text(`${t('portal.email')}: ${offer.contactEmail}`);
		doc.fillColor('#1d5c8f').text(input.offerUrl(offer.id), { link: input.offerUrl(offer.id), underline: true });
		doc.moveDown();
	}
	doc.end();
	return done;
}
