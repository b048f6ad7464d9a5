import { esc, printDocument, runningHeader } from '$lib/server/pdf/print-html';
import { htmlToPdf } from '$lib/server/pdf/html-pdf';
import type { PdfBrand } from '$lib/server/pdf/pdf-document';
import { localeInfo } from '$lib/i18n/context';
import { langTag, type LocaleCode } from '$lib/i18n/locales';
import type { Translator } from '$lib/i18n';
import type { HelpNumber } from '$lib/server/db/schema';
import { helpNumbersHtml, offerEntryHtml } from './print-offer-entry';
import type { ShortlistOffer } from './list-shortlist';

/**
 * The Merkliste as a printable PDF in the page's language (Arabic and Persian right to left):
 * the help numbers first, then each offer with what, when, where, contact and a QR code to
 * its live page, kept together on one page. Laid out by Chromium like the Wegweiser (ADR 0024).
 */
export async function shortlistPdf(input: {
	brand: PdfBrand;
	offers: ShortlistOffer[];
	helpNumbers: HelpNumber[];
	t: Translator;
	locale: LocaleCode;
	offerUrl: (id: string) => string;
}): Promise<Buffer> {
	const { t, locale } = input;
	const dir = localeInfo(locale).dir === 'rtl' ? 'rtl' : 'ltr';
	const entries: string[] = [];
	for (const offer of input.offers)
		entries.push(await offerEntryHtml(offer, { t, locale, url: input.offerUrl(offer.id) }));
	const body = `<h1>${esc(t('shortlist.title'))}</h1>
${helpNumbersHtml(input.helpNumbers, t, locale)}
${entries.join('\n')}`;
	const html = printDocument({
		lang: langTag(locale),
		dir,
		title: `${t('shortlist.title')} – ${input.brand.networkName}`,
		brand: input.brand,
		body
	});
	return htmlToPdf(html, 'A4', runningHeader(input.brand, dir));
}
