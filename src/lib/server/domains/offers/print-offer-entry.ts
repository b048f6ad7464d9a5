import { catalogLabel } from '$lib/message-keys';
import { esc } from '$lib/server/pdf/print-html';
import { qrSvg } from '$lib/server/pdf/qr-svg';
import { formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { telHref } from '$lib/server/domains/tenancy/help-numbers';
import { SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import type { Translator } from '$lib/i18n';
import type { HelpNumber, OfferSchedule, OfferTranslation } from '$lib/server/db/schema';

/** What a printed entry needs of an offer (the Merkliste's and the Wegweiser's rows both have it). */
export type PrintableOffer = {
	id: string;
	title: string;
	summary: string;
	translations: Record<string, OfferTranslation>;
	costFree: boolean;
	costText: string;
	contactPhone: string;
	contactEmail: string;
	schedule: OfferSchedule;
	provider: string | null;
	locations: { street: string; postcode: string; city: string; district: string | null }[];
};

/** Title and summary in the locale where translated, German otherwise (`german` says which). */
export function offerTexts(offer: Pick<PrintableOffer, 'title' | 'summary' | 'translations'>, locale: LocaleCode) {
	const tr = locale === SOURCE_LOCALE ? undefined : offer.translations[locale];
	return {
		title: tr?.title || offer.title,
		summary: tr?.summary || offer.summary,
		german: locale !== SOURCE_LOCALE && !tr?.title
	};
}

/** The weekly hours as text, the same every day of the year (no "heute", no temporary closures). */
export function weeklyHoursText(schedule: OfferSchedule, t: Translator): string {
	return WEEKDAYS.map((d) => ({ d, h: formatDayHours(schedule.weekly, d) }))
		.filter((x) => x.h)
		.map((x) => `${catalogLabel(t, 'weekday.', String(x.d))} ${x.h}`)
		.join('; ');
}

const german = (text: string, isGerman: boolean) =>
	isGerman ? `<span lang="de" dir="ltr">${esc(text)}</span>` : `<span dir="auto">${esc(text)}</span>`;

/** One offer as print HTML: what, who, cost, when, where, phone, e-mail, and a QR code to its live page. */
export async function offerEntryHtml(
	offer: PrintableOffer,
	o: { t: Translator; locale: LocaleCode; url: string }
): Promise<string> {
	const { t } = o;
	const texts = offerTexts(offer, o.locale);
	const summaryGerman = texts.german || (o.locale !== SOURCE_LOCALE && !offer.translations[o.locale]?.summary);
	const line = (label: string, value: string) =>
		value ? `<p><span class="label">${esc(label)}:</span> ${value}</p>` : '';
	const hours = weeklyHoursText(offer.schedule, t);
	const note = offer.schedule.note ? german(offer.schedule.note, o.locale !== SOURCE_LOCALE) : '';
	const where = offer.locations
		.map((l) => esc(`${l.street}, ${l.postcode} ${l.city}${l.district ? ` (${l.district})` : ''}`))
		.map((a) => `<span dir="ltr">${a}</span>`)
		.join('; ');
	const qr = await qrSvg(o.url, `${t('share.qrOffer')}: ${texts.title}`);
	return `<article class="entry"><div class="text">
<h3>${german(texts.title, texts.german)}</h3>
${texts.german ? `<p class="de-only">${esc(t('share.germanOnly'))}</p>` : ''}
${texts.summary ? `<p>${german(texts.summary, summaryGerman)}</p>` : ''}
${line(t('offer.provider'), offer.provider ? `<span dir="auto">${esc(offer.provider)}</span>` : '')}
${line(t('offer.cost'), offer.costFree ? esc(t('offer.costFree')) : german(offer.costText, o.locale !== SOURCE_LOCALE))}
${line(t('share.hours'), [hours ? esc(hours) : '', note].filter(Boolean).join(' – '))}
${line(t('share.address'), where)}
${line(t('portal.phone'), offer.contactPhone ? `<a dir="ltr" href="${esc(telHref(offer.contactPhone))}">${esc(offer.contactPhone)}</a>` : '')}
${line(t('portal.email'), offer.contactEmail ? `<span dir="ltr">${esc(offer.contactEmail)}</span>` : '')}
<p class="url" dir="ltr"><a href="${esc(o.url)}">${esc(o.url)}</a></p>
</div><div class="qr">${qr}</div></article>`;
}

/** The help numbers box (the network's own first, then the nationwide ones). */
export function helpNumbersHtml(numbers: HelpNumber[], t: Translator, locale: LocaleCode): string {
	const isGerman = locale !== SOURCE_LOCALE;
	const items = numbers
		.map(
			(h) =>
				`<li>${german(h.label, isGerman)}: <strong dir="ltr">${esc(h.number)}</strong>${h.note ? ` – ${german(h.note, isGerman)}` : ''}</li>`
		)
		.join('');
	return `<section class="help"><h2>${esc(t('portal.helpTitle'))}</h2><p>${esc(t('portal.helpIntro'))}</p><ul>${items}</ul></section>`;
}
