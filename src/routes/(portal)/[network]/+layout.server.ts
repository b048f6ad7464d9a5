import { raise } from '$lib/server/http/errors';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { helpNumbersFor, telHref } from '$lib/server/domains/tenancy/help-numbers';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, params }) => {
	try {
		const network = await getNetworkBySlug(locals.app.database.db, params.network);
		return {
			network,
			quickExitUrl: locals.app.config.quickExitUrl,
			helpNumbers: helpNumbersFor(network.helpNumbers).map((h) => ({ ...h, href: telHref(h.number) }))
		};
	} catch (e) {
		raise(e);
	}
};
