import type { RequestEvent } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { publicContext } from './context';
import type { PageQuery } from '$lib/server/domains/exchange/hsds-helpers';

/** The open-data API is read-only and public: any site may read it from the browser. */
export const CORS_HEADERS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, OPTIONS',
	'access-control-allow-headers': 'accept, content-type',
	'access-control-max-age': '86400'
};

export function apiJson(data: unknown, status = 200): Response {
	return new Response(JSON.stringify(data), {
		status,
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'cache-control': status === 200 ? 'public, max-age=60' : 'no-store',
			...CORS_HEADERS
		}
	});
}

export function apiError(status: number, message: string): Response {
	return apiJson({ error: { status, message } }, status);
}

export const preflight = () => new Response(null, { status: 204, headers: CORS_HEADERS });

/** Page parameters of the HSDA list endpoints: page ≥ 1, per_page 1–100 (default 20), q, full. */
export function pageQuery(url: URL): PageQuery | Response {
	const page = url.searchParams.get('page') ?? '1';
	const perPage = url.searchParams.get('per_page') ?? '20';
	if (!/^\d{1,6}$/.test(page) || Number(page) < 1) return apiError(400, 'page must be a whole number ≥ 1.');
	if (!/^\d{1,3}$/.test(perPage) || Number(perPage) < 1 || Number(perPage) > 100)
		return apiError(400, 'per_page must be a whole number from 1 to 100.');
	const q = (url.searchParams.get('q') ?? url.searchParams.get('search') ?? '').trim();
	if (q.length > 200) return apiError(400, 'q is too long (at most 200 characters).');
	return { page: Number(page), perPage: Number(perPage), q, full: url.searchParams.get('full') === 'true' };
}

/**
 * Runs an API handler for one network: unknown networks and ids answer 404 as JSON, never
 * with an HTML page or a stack trace.
 */
export async function withNetwork(
	event: RequestEvent,
	handler: (ctx: TenantContext, baseUrl: string) => Promise<unknown>
): Promise<Response> {
	try {
		const network = await getNetworkBySlug(event.locals.app.database.db, event.params.network ?? '');
		const ctx = publicContext(event, { id: network.id, slug: network.slug, name: network.name });
		return apiJson(await handler(ctx, event.url.origin));
	} catch (e) {
		if (isAppError(e, 'not_found')) return apiError(404, 'Not found.');
		if (isAppError(e)) return apiError(400, e.code);
		throw e;
	}
}
