import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { parseHex } from '$lib/color';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** The network's brand colours as CSS custom properties (a stylesheet, so the CSP needs no inline styles). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const network = await getNetworkBySlug(locals.app.database.db, params.network).catch(() => error(404));
	const safe = (c: string, fallback: string) => (parseHex(c) ? c : fallback);
	const css = `html:root{--brand-primary:${safe(network.brandPrimary, '#1d5c8f')};--brand-accent:${safe(network.brandAccent, '#8f3b1d')};}\n`;
	return new Response(css, {
		headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=300' }
	});
};
