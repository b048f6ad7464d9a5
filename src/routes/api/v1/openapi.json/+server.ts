import { openApiDocument } from '$lib/server/domains/exchange/openapi';
import { apiJson, preflight } from '$lib/server/http/api';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => apiJson(openApiDocument(url.origin));
export const OPTIONS: RequestHandler = preflight;
