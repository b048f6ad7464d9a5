import { error } from '@sveltejs/kit';
import { getNetworkBySlug, getNetworkLogo } from '$lib/server/domains/tenancy/get-network';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const network = await getNetworkBySlug(locals.app.database.db, params.network).catch(() => error(404));
	const logo = await getNetworkLogo(locals.app.database.db, network.id);
	if (!logo) error(404);
	return new Response(new Uint8Array(logo.data), {
		headers: {
			'content-type': logo.type,
			'cache-control': 'public, max-age=300',
			// Even a sanitised SVG opened directly must not run anything.
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
			'x-content-type-options': 'nosniff'
		}
	});
};
