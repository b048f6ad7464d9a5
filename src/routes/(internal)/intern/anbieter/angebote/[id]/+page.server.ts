import { error } from '@sveltejs/kit';
import {
	loadProviderOfferFormPage,
	proposeOfferAction,
	validateOfferAction
} from '$lib/server/http/controllers/offer-form-page';
import { UUID } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, 'Diese Seite gibt es nicht.');
	return {
		...(await loadProviderOfferFormPage(event, event.params.id)),
		submitted: event.url.searchParams.has('eingereicht')
	};
};
export const actions: Actions = {
	save: (event) => {
		if (!UUID.test(event.params.id)) error(404, 'Diese Seite gibt es nicht.');
		return proposeOfferAction(event, event.params.id);
	},
	validate: validateOfferAction
};
