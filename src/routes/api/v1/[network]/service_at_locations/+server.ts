import { listHsdsServiceAtLocations } from '$lib/server/domains/exchange/list-hsds-service-at-locations';
import { hsdaFilters, pageQuery, preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const query = pageQuery(event.url);
	if (query instanceof Response) return query;
	const filters = hsdaFilters(event.url);
	if (filters instanceof Response) return filters;
	return withNetwork(event, (ctx, baseUrl) => listHsdsServiceAtLocations(ctx, baseUrl, query, filters));
};
export const OPTIONS: RequestHandler = preflight;
