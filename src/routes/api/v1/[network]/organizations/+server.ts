import { listHsdsOrganizations } from '$lib/server/domains/exchange/list-hsds-organizations';
import { booleanParam, pageQuery, preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const query = pageQuery(event.url);
	if (query instanceof Response) return query;
	const fullService = booleanParam(event.url, 'full_service');
	if (fullService instanceof Response) return fullService;
	return withNetwork(event, (ctx, baseUrl) => listHsdsOrganizations(ctx, baseUrl, { ...query, fullService }));
};
export const OPTIONS: RequestHandler = preflight;
