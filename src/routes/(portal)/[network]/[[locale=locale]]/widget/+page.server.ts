import { raise } from '$lib/server/http/errors';
import { parseSearchParams } from '$lib/portal/search-params';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { searchOffers } from '$lib/server/domains/offers/search-offers';
import { SOURCE_LOCALE, type LocaleCode } from '$lib/i18n/locales';
import { publicContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

/** The compact search for other websites' iframes; framing allowed only for the network's listed origins. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const network = await getNetworkBySlug(locals.app.database.db, params.network);
		locals.frameAncestors = network.embedOrigins;
		const locale = (params.locale ?? SOURCE_LOCALE) as LocaleCode;
		const state = parseSearchParams(url.searchParams);
		const result = state.q
			? await searchOffers(publicContext({ locals }, network), {
					q: state.q,
					lifeStages: [],
					topics: [],
					types: [],
					districts: [],
					languages: [],
					costFree: false,
					accessible: false,
					page: 1
				})
			: null;
		return {
			network: { slug: network.slug, name: network.name, version: network.version },
			locale,
			prefix: `/${network.slug}${locale === SOURCE_LOCALE ? '' : `/${locale}`}`,
			q: state.q,
			total: result?.total ?? null,
			hits: result?.hits.slice(0, 5) ?? []
		};
	} catch (e) {
		raise(e);
	}
};
