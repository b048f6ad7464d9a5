import { listHsdsServices } from '$lib/server/domains/exchange/list-hsds-services';
import { hsdaFilters, pageQuery, preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const query = pageQuery(event.url);
	if (query instanceof Response) return query;
	const filters = hsdaFilters(event.url);
	if (filters instanceof Response) return filters;
	return withNetwork(event, (ctx, baseUrl) => listHsdsServices(ctx, baseUrl, query, filters));
};
export const OPTIONS: RequestHandler = preflight;
