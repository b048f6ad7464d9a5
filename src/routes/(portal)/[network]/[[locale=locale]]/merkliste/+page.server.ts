import { parseShortlist, shortlistQuery } from '$lib/portal/search-params';
import { listShortlist } from '$lib/server/domains/offers/list-shortlist';
import { formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { qrSvg } from '$lib/server/pdf/qr-svg';
import { canPrintHtml } from '$lib/server/pdf/html-pdf';
import { createTranslator } from '$lib/i18n';
import { publicContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { network, prefix, locale } = await parent();
	const ids = parseShortlist(url.searchParams);
	const offers = await listShortlist(publicContext({ locals }, network), ids);
	// The link holds the whole list (nothing is stored on the server); the QR code is that link.
	const link = `${locals.app.config.publicUrl}${prefix}/merkliste${shortlistQuery(offers.map((o) => o.id))}`;
	return {
		ids,
		link,
		// The PDF needs the print path (Chromium, ADR 0024); without it the page's own print view remains.
		canPrintPdf: canPrintHtml(),
		qr: offers.length ? await qrSvg(link, createTranslator(locale)('share.qrList')) : '',
		offers: offers.map((o) => ({
			...o,
			hours: WEEKDAYS.map((day) => ({ day, hours: formatDayHours(o.schedule.weekly, day) })).filter((d) => d.hours)
		}))
	};
};
