import { parseSearchParams, searchFilters } from '$lib/portal/search-params';
import { searchOffers } from '$lib/server/domains/offers/search-offers';
import { locateOrigin } from '$lib/server/domains/offers/locate-postcode';
import { searchStatOf } from '$lib/server/domains/offers/record-search';
import { countSearch } from '$lib/server/domains/offers/search-stats-buffer';
import { portalViewerContext, publicContext } from '$lib/server/http/context';
import { readTogether } from '$lib/server/domains/shared/context';
import { publicFacetLabels, publicTermTranslator } from '$lib/server/http/network-memo';
import { listPublicEvents } from '$lib/server/domains/events/list-public-events';
import type { PageServerLoad } from './$types';
import { renderOnly } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, parent, url, isDataRequest }) => {
	const { network, locale } = await parent();
	const ctx = publicContext({ locals }, network);
	const state = parseSearchParams(url.searchParams);
	const postcodeValid = state.plz === '' || /^\d{5}$/.test(state.plz);
	// Origin, hits and events in one transaction (one BEGIN, tenant setting and COMMIT: issue 17);
	// topic and district names from the network memo.
	const together = readTogether(ctx, async (tx) => {
		const inTx = { ...ctx, tx };
		// Near me: a postcode, or else a single selected district, sorts by distance.
		const origin = await locateOrigin(inTx, {
			postcode: postcodeValid && state.plz ? state.plz : undefined,
			districtId: !state.plz && state.stadtteil.length === 1 ? state.stadtteil[0] : undefined
		});
		const postcodeError = !postcodeValid
			? ('search.postcodeInvalid' as const)
			: state.plz && !origin
				? ('search.postcodeOutside' as const)
				: null;
		// The same words find family events with a date ("Termine"); filters events do not have leave them out.
		const withEvents =
			state.seite === 1 && state.art.length === 0 && state.stadtteil.length === 0 && !state.barrierefrei;
		// One statement at a time: the transaction is one connection.
		// `genau=1`: the words as typed, without the filters the search read into them (undo).
		const result = await searchOffers(inTx, {
			...searchFilters(state),
			page: state.seite,
			origin,
			locale,
			literal: url.searchParams.get('genau') === '1'
		});
		const events = withEvents
			? await listPublicEvents(
					{ ...portalViewerContext({ locals }, network), tx },
					{
						audience: 'familien',
						q: state.q,
						lifeStages: state.lebensphase,
						topics: state.thema,
						languages: state.sprache,
						costFree: state.kostenlos,
						locale,
						literal: url.searchParams.get('genau') === '1',
						limit: 3,
						withOptions: false
					}
				)
			: null;
		return { origin, postcodeError, result, events };
	});
	const [{ origin, postcodeError, result, events }, facetLabels, term] = await Promise.all([
		together,
		publicFacetLabels({ locals }, network),
		publicTermTranslator({ locals }, network, locale)
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
	return renderOnly(isDataRequest, {
		state,
		result,
		labels,
		origin,
		postcodeError,
		events: events && { total: events.total, list: events.events }
	});
};
