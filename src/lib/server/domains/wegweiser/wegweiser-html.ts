import { catalogLabel } from '$lib/message-keys';
import { esc, printDocument } from '$lib/server/pdf/print-html';
import type { PdfBrand } from '$lib/server/pdf/pdf-document';
import { helpNumbersHtml, offerEntryHtml } from '$lib/server/domains/offers/print-offer-entry';
import { langTag, type LocaleCode } from '$lib/i18n/locales';
import type { Translator } from '$lib/i18n';
import type { HelpNumber } from '$lib/server/db/schema';
import type { WegweiserContent } from './list-wegweiser-offers';

/** The Wegweiser as a print page in the locale's language and direction. */
export async function wegweiserHtml(
	content: WegweiserContent,
	o: {
		t: Translator;
		locale: LocaleCode;
		dir: 'ltr' | 'rtl';
		brand: PdfBrand;
		helpNumbers: HelpNumber[];
		day: string;
		offerUrl: (id: string) => string;
	}
): Promise<string> {
	const { t } = o;
	const title = t('share.wegweiserTitle');
	const area = content.district?.name ?? t('share.wholeNetwork');
	const sections: string[] = [];
	for (const s of content.sections) {
		const entries: string[] = [];
		for (const offer of s.offers)
			entries.push(await offerEntryHtml(offer, { t, locale: o.locale, url: o.offerUrl(offer.id) }));
		sections.push(`<section><h2>${esc(catalogLabel(t, 'lifeStage.', s.stage))}</h2>${entries.join('\n')}</section>`);
	}
	const body = `<h1>${esc(title)}</h1>
<p class="sub"><span dir="auto">${esc(area)}</span> · ${esc(t('share.asOf', { date: o.day }))}</p>
<p>${esc(t('share.wegweiserIntro'))}</p>
${helpNumbersHtml(o.helpNumbers, t, o.locale)}
${sections.length ? sections.join('\n') : `<p>${esc(t('share.noOffers'))}</p>`}`;
	return printDocument({
		lang: langTag(o.locale),
		dir: o.dir,
		title: `${title} – ${o.brand.networkName} – ${area}`,
		brand: o.brand,
		body
	});
}
