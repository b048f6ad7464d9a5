import { getHsdsService } from '$lib/server/domains/exchange/list-hsds-services';
import { preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	withNetwork(event, (ctx, baseUrl) => getHsdsService(ctx, baseUrl, event.params.id));
export const OPTIONS: RequestHandler = preflight;
