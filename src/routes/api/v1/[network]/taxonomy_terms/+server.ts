import { listHsdsTaxonomyTerms } from '$lib/server/domains/exchange/list-hsds-taxonomies';
import { pageQuery, preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const query = pageQuery(event.url);
	if (query instanceof Response) return query;
	return withNetwork(event, (ctx, baseUrl) =>
		listHsdsTaxonomyTerms(ctx, baseUrl, {
			...query,
			taxonomyId: event.url.searchParams.get('taxonomy_id') ?? undefined
		})
	);
};
export const OPTIONS: RequestHandler = preflight;
