import { parseShortlist } from '$lib/portal/search-params';
import { raise } from '$lib/server/http/errors';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { helpNumbersFor } from '$lib/server/domains/tenancy/help-numbers';
import { listShortlist } from '$lib/server/domains/offers/list-shortlist';
import { shortlistPdf } from '$lib/server/domains/offers/shortlist-pdf';
import { getPdfBrand } from '$lib/server/domains/tenancy/pdf-brand';
import { createTranslator } from '$lib/i18n';
import { SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { publicContext } from '$lib/server/http/context';
import { canPrintHtml } from '$lib/server/pdf/html-pdf';
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	try {
		const network = await getNetworkBySlug(locals.app.database.db, params.network);
		const locale = (params.locale ?? SOURCE_LOCALE) as LocaleCode;
		// Without the print path the Merkliste page itself (which then offers no PDF link) is the way to print.
		if (!canPrintHtml()) redirect(303, url.pathname.replace(/\/pdf$/, '') + url.search);
		const translator = createTranslator(locale);
		const offers = await listShortlist(publicContext({ locals }, network), parseShortlist(url.searchParams));
		const pdf = await shortlistPdf({
			brand: await getPdfBrand(locals.app.database.db, network.id, translator),
			offers,
			helpNumbers: helpNumbersFor(network.helpNumbers),
			t: translator,
			locale,
			offerUrl: (id) =>
				`${locals.app.config.publicUrl}/${network.slug}${locale === SOURCE_LOCALE ? '' : `/${locale}`}/angebote/${id}`
		});
		return new Response(new Uint8Array(pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="merkliste-${network.slug}.pdf"`,
				'cache-control': 'no-store'
			}
		});
	} catch (e) {
		raise(e);
	}
};
