import { error } from '@sveltejs/kit';
import { loadOfferFormPage, saveOfferAction, validateOfferAction } from '$lib/server/http/controllers/offer-form-page';
import { UUID } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, 'Diese Seite gibt es nicht.');
	return { ...(await loadOfferFormPage(event, event.params.id)), justSaved: event.url.searchParams.has('gespeichert') };
};
export const actions: Actions = {
	save: (event) => {
		if (!UUID.test(event.params.id)) error(404, 'Diese Seite gibt es nicht.');
		return saveOfferAction(event, event.params.id);
	},
	validate: validateOfferAction
};
