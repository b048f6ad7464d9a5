import { parseSearchParams, searchFilters } from '$lib/portal/search-params';
import { searchOffers } from '$lib/server/domains/offers/search-offers';
import { mapPoints } from '$lib/server/domains/offers/map-points';
import { listDistrictOutlines } from '$lib/server/domains/taxonomy/list-district-outlines';
import { publicContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { network, locale } = await parent();
	const ctx = publicContext({ locals }, network);
	const state = parseSearchParams(url.searchParams);
	const result = await searchOffers(ctx, { ...searchFilters(state), page: 1, pageSize: 500 });
	const titles = new Map(result.hits.map((h) => [h.id, h.translations[locale]?.title || h.title]));
	const tileUrl = locals.app.config.mapTileUrl;
	const [located, outlines] = await Promise.all([
		mapPoints(
			ctx,
			result.hits.map((h) => h.id)
		),
		// Without a tile server the district outlines and names are the map's base layer.
		tileUrl ? [] : listDistrictOutlines(ctx)
	]);
	const points = located.map((p) => ({ ...p, title: titles.get(p.offerId) ?? '' }));
	return {
		state,
		total: result.total,
		points,
		outlines,
		tileUrl,
		attribution: locals.app.config.mapAttribution
	};
};
