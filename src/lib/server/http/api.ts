import type { RequestEvent } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { publicNetwork } from './network-memo';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { publicContext } from './context';
import type { PageQuery } from '$lib/server/domains/exchange/hsds-helpers';
import type { HsdaFilters } from '$lib/server/domains/exchange/hsda-filters';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
const DECIMAL = '-?\\d{1,3}(?:\\.\\d{1,12})?';
const POINT = new RegExp(`^(${DECIMAL}),\\s*(${DECIMAL})$`);

/**
 * The HSDA filters of /services and /service_at_locations. A malformed value answers 400 naming
 * the parameter and what it takes; nothing is silently ignored.
 */
export function hsdaFilters(url: URL): HsdaFilters | Response {
	const p = url.searchParams;
	const f: HsdaFilters = {};
	const modified = p.get('modified_after');
	if (modified !== null) {
		const at = new Date(modified);
		if (!RFC3339.test(modified) || Number.isNaN(at.getTime()))
			return apiError(400, 'modified_after must be an RFC 3339 date-time, e.g. 2026-11-30T08:00:00Z.');
		f.modifiedAfter = at;
	}
	for (const [name, key] of [
		['taxonomy_term_id', 'taxonomyTermId'],
		['taxonomy_id', 'taxonomyId'],
		['organization_id', 'organizationId']
	] as const) {
		const v = p.get(name);
		if (v === null) continue;
		if (!UUID.test(v)) return apiError(400, `${name} must be an id (UUID) as the API returns it.`);
		f[key] = v.toLowerCase();
	}
	const postcode = p.get('postcode');
	if (postcode !== null) {
		if (!/^\d{5}$/.test(postcode.trim())) return apiError(400, 'postcode must be a German postcode of five digits.');
		f.postcode = postcode.trim();
	}
	const area = p.get('service_area');
	if (area !== null) {
		if (!area.trim() || area.length > 200)
			return apiError(400, 'service_area must be a district name (1–200 characters).');
		f.serviceArea = area;
	}
	const proximity = p.get('proximity');
	const radius = p.get('proximity_radius');
	if (proximity === null && radius !== null) return apiError(400, 'proximity_radius needs proximity=lat,lng.');
	if (proximity !== null) {
		const m = POINT.exec(proximity.trim());
		const lat = m ? Number(m[1]) : NaN;
		const lng = m ? Number(m[2]) : NaN;
		if (!m || Math.abs(lat) > 90 || Math.abs(lng) > 180)
			return apiError(400, 'proximity must be latitude,longitude in decimal degrees, e.g. 51.5988,7.1370.');
		const radiusKm = radius === null ? 5 : Number(radius);
		if (radius !== null && (!/^\d{1,3}(\.\d{1,3})?$/.test(radius) || radiusKm <= 0 || radiusKm > 200))
			return apiError(400, 'proximity_radius must be kilometres, more than 0 and at most 200.');
		f.proximity = { lat, lng, radiusKm };
	}
	return f;
}

/** `true`/`false` of a boolean parameter; anything else answers 400. */
export function booleanParam(url: URL, name: string): boolean | Response {
	const v = url.searchParams.get(name);
	if (v === null || v === 'false') return false;
	if (v === 'true') return true;
	return apiError(400, `${name} must be true or false.`);
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
		const network = await publicNetwork(event, event.params.network ?? '');
		const ctx = publicContext(event, { id: network.id, slug: network.slug, name: network.name });
		return apiJson(await handler(ctx, event.url.origin));
	} catch (e) {
		if (isAppError(e, 'not_found')) return apiError(404, 'Not found.');
		if (isAppError(e, 'validation') && typeof e.details.field === 'string')
			return apiError(400, `${e.details.field}: no such value in this network.`);
		if (isAppError(e)) return apiError(400, e.code);
		throw e;
	}
}
