import { sitemapIndexXml } from '$lib/server/domains/discovery/list-sitemap-pages';
import { listPublicNetworks } from '$lib/server/domains/tenancy/list-networks';
import type { RequestHandler } from './$types';

/** The sitemap index: one sitemap per active network. */
export const GET: RequestHandler = async (event) => {
	const networks = await listPublicNetworks(event.locals.app.database.db);
	return new Response(
		sitemapIndexXml(
			event.url.origin,
			networks.map((n) => n.slug)
		),
		{ headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' } }
	);
};
