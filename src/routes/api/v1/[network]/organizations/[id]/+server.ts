import { getHsdsOrganization } from '$lib/server/domains/exchange/list-hsds-organizations';
import { booleanParam, preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	const fullService = booleanParam(event.url, 'full_service');
	if (fullService instanceof Response) return fullService;
	return withNetwork(event, (ctx, baseUrl) => getHsdsOrganization(ctx, baseUrl, event.params.id, fullService));
};
export const OPTIONS: RequestHandler = preflight;
