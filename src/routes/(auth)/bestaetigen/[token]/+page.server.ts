import { confirmOfferCurrent, describeConfirmation } from '$lib/server/domains/offers/confirm-offer-current';
import type { Actions, PageServerLoad } from './$types';

// The link from a freshness reminder. Opening it changes nothing (mail scanners open links too);
// the one button on the page confirms.
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	return { info: await describeConfirmation(locals.app.database.db, params.token, new Date()) };
};

export const actions: Actions = {
	default: async ({ params, locals }) => ({
		result: await confirmOfferCurrent(locals.app.database.db, params.token, new Date())
	})
};
