import { raise } from '$lib/server/http/errors';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { t } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	try {
		const network = await getNetworkBySlug(locals.app.database.db, params.network);
		const base = locals.app.config.publicUrl;
		const title = t('embed.frameTitle', { name: network.name });
		return {
			network: { slug: network.slug, name: network.name, isDemo: network.isDemo },
			origins: network.embedOrigins,
			iframe: `<iframe src="${base}/${network.slug}/widget" title="${title.replace(/"/g, '&quot;')}" width="100%" height="420" style="border:0"></iframe>`,
			link: `<a href="${base}/${network.slug}/angebote">${t('embed.linkText', { name: network.name })}</a>`
		};
	} catch (e) {
		raise(e);
	}
};
