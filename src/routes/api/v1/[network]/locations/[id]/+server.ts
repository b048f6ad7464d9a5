import { getHsdsLocation } from '$lib/server/domains/exchange/list-hsds-locations';
import { preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	withNetwork(event, (ctx, baseUrl) => getHsdsLocation(ctx, baseUrl, event.params.id));
export const OPTIONS: RequestHandler = preflight;
