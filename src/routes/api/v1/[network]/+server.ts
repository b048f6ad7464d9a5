import { HSDS_VERSION } from '$lib/server/domains/exchange/hsds-ids';
import { preflight, withNetwork } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

/** HSDA root: which HSDS version this API serves and where its OpenAPI description is. */
export const GET: RequestHandler = (event) =>
	withNetwork(event, async (ctx, baseUrl) => ({
		version: HSDS_VERSION,
		profile: `${baseUrl}/api/v1/openapi.json#netzwerk-fruehe-hilfen`,
		openapi_url: `${baseUrl}/api/v1/openapi.json`,
		publisher: ctx.network.name
	}));
export const OPTIONS: RequestHandler = preflight;
