import { parseSearchParams, searchFilters } from '$lib/portal/search-params';
import { searchOffers } from '$lib/server/domains/offers/search-offers';
import { listFacetLabels } from '$lib/server/domains/taxonomy/list-facet-labels';
import { loadTermTranslator } from '$lib/server/domains/taxonomy/term-translations';
import { locateOrigin } from '$lib/server/domains/offers/locate-postcode';
import { searchStatOf } from '$lib/server/domains/offers/record-search';
import { countSearch } from '$lib/server/domains/offers/search-stats-buffer';
import { portalViewerContext, publicContext } from '$lib/server/http/context';
import { listPublicEvents } from '$lib/server/domains/events/list-public-events';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { network, locale } = await parent();
	const ctx = publicContext({ locals }, network);
	const state = parseSearchParams(url.searchParams);
	const postcodeValid = state.plz === '' || /^\d{5}$/.test(state.plz);
	// Near me: a postcode, or else a single selected district, sorts by distance.
	const origin = await locateOrigin(ctx, {
		postcode: postcodeValid && state.plz ? state.plz : undefined,
		districtId: !state.plz && state.stadtteil.length === 1 ? state.stadtteil[0] : undefined
	});
	const postcodeError = !postcodeValid
		? ('search.postcodeInvalid' as const)
		: state.plz && !origin
			? ('search.postcodeOutside' as const)
			: null;
	// The same words find family events with a date ("Termine"); filters events do not have leave them out.
	const withEvents = state.seite === 1 && state.art.length === 0 && state.stadtteil.length === 0 && !state.barrierefrei;
	const [result, facetLabels, term, events] = await Promise.all([
		// `genau=1`: the words as typed, without the filters the search read into them (undo).
		searchOffers(ctx, {
			...searchFilters(state),
			page: state.seite,
			origin,
			locale,
			literal: url.searchParams.get('genau') === '1'
		}),
		listFacetLabels(ctx),
		loadTermTranslator(ctx, locale),
		withEvents
			? listPublicEvents(portalViewerContext({ locals }, network), {
					audience: 'familien',
					q: state.q,
					lifeStages: state.lebensphase,
					topics: state.thema,
					languages: state.sprache,
					costFree: state.kostenlos,
					locale,
					literal: url.searchParams.get('genau') === '1',
					limit: 3
				})
			: null
	]);
	// Topic names in the page language.
	const labels = { ...facetLabels, topics: facetLabels.topics.map((x) => ({ ...x, name: term(x.name) })) };
	if (state.seite === 1) {
		// Aggregated counts only, buffered in memory; the page cache counts its hits again.
		const stat = searchStatOf(ctx, {
			q: state.q,
			filters: {
				lebensphase: state.lebensphase,
				thema: state.thema,
				art: state.art,
				stadtteil: state.stadtteil,
				sprache: state.sprache,
				kostenlos: state.kostenlos,
				barrierefrei: state.barrierefrei
			},
			resultCount: result.total
		});
		if (stat) {
			countSearch(stat);
			locals.searchStat = stat;
		}
	}
	return {
		state,
		result,
		labels,
		origin,
		postcodeError,
		events: events && { total: events.total, list: events.events }
	};
};
