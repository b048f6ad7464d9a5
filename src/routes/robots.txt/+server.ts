import type { RequestHandler } from './$types';

/** Search engines may read the portals, not the workspace, the operator pages or the sign-in; the sitemap lists the rest. */
export const GET: RequestHandler = (event) =>
	new Response(
		[
			'User-agent: *',
			'Disallow: /intern',
			'Disallow: /betrieb',
			'Disallow: /anmelden',
			`Sitemap: ${event.url.origin}/sitemap.xml`,
			''
		].join('\n'),
		{ headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=86400' } }
	);
