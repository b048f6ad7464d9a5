import { error } from '@sveltejs/kit';
import { listSitemapPages, sitemapXml } from '$lib/server/domains/discovery/list-sitemap-pages';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { publicContext } from '$lib/server/http/context';
import type { RequestHandler } from './$types';

/** The network's public pages in every portal language, for search engines (linked from robots.txt). */
export const GET: RequestHandler = async (event) => {
	const network = await getNetworkBySlug(event.locals.app.database.db, event.params.network).catch(() => error(404));
	const pages = await listSitemapPages(
		publicContext(event, { id: network.id, slug: network.slug, name: network.name })
	);
	return new Response(sitemapXml(event.url.origin, network.slug, pages), {
		headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
};
