import { acceptSeatOffer } from '$lib/server/domains/events/accept-seat-offer';
import { cancelRegistrationByLink } from '$lib/server/domains/events/cancel-registration-by-link';
import { describeRegistration } from '$lib/server/domains/events/registration-by-link';
import { invalidateNetworkPages } from '$lib/server/http/page-cache';
import type { Actions, PageServerLoad } from './$types';

// The registration's personal link: opening it changes nothing (mail scanners open links); its
// buttons cancel the registration or accept an offered seat. No login, no cookie.
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	return { view: await describeRegistration(locals.app.database.db, params.network, params.token, new Date()) };
};

const seatsChanged = (slug: string) =>
	invalidateNetworkPages(slug, (key) => /\/(veranstaltungen|fortbildungen|angebote)/.test(key));

export const actions: Actions = {
	cancel: async ({ params, locals, url }) => {
		const outcome = await cancelRegistrationByLink(
			locals.app.database.db,
			url.origin,
			params.network,
			params.token,
			new Date()
		);
		if (outcome.done === 'cancelled') seatsChanged(params.network);
		return outcome;
	},
	accept: async ({ params, locals, url }) => {
		const outcome = await acceptSeatOffer(locals.app.database.db, url.origin, params.network, params.token, new Date());
		if (outcome.done === 'accepted') seatsChanged(params.network);
		return outcome;
	}
};
