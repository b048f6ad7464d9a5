import { optOutOfCirculars } from '$lib/server/domains/organisations/circulars';
import type { Actions, PageServerLoad } from './$types';

// Opening the link changes nothing; the button unsubscribes.
export const load: PageServerLoad = ({ setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	return {};
};
export const actions: Actions = {
	default: async ({ params, locals }) => ({
		result: await optOutOfCirculars(locals.app.database.db, params.network, params.token)
	})
};
