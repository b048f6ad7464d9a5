import { parseSearchParams } from '$lib/portal/search-params';
import { searchOffers } from '$lib/server/domains/offers/search-offers';
import { listFacetLabels } from '$lib/server/domains/offers/list-facet-labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { network } = await parent();
	const ctx = { db: locals.app.database.db, network, actor: null };
	const state = parseSearchParams(url.searchParams);
	const [result, labels] = await Promise.all([
		searchOffers(ctx, {
			q: state.q,
			lifeStages: state.lebensphase,
			topics: state.thema,
			types: state.art,
			districts: state.stadtteil,
			languages: state.sprache,
			costFree: state.kostenlos,
			accessible: state.barrierefrei,
			page: state.seite
		}),
		listFacetLabels(ctx)
	]);
	return { state, result, labels };
};
