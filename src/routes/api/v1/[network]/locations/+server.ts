import { listHsdsLocations } from '$lib/server/domains/exchange/list-hsds-locations';
import { pageQuery, preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const query = pageQuery(event.url);
	if (query instanceof Response) return query;
	return withNetwork(event, (ctx, baseUrl) => listHsdsLocations(ctx, baseUrl, query));
};
export const OPTIONS: RequestHandler = preflight;
