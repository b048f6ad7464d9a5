import { error } from '@sveltejs/kit';
import { loadOfferFormPage, saveOfferAction } from '$lib/server/http/offer-form-page';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, 'Diese Seite gibt es nicht.');
	return { ...(await loadOfferFormPage(event, event.params.id)), justSaved: event.url.searchParams.has('gespeichert') };
};
export const actions: Actions = {
	default: (event) => {
		if (!UUID.test(event.params.id)) error(404, 'Diese Seite gibt es nicht.');
		return saveOfferAction(event, event.params.id);
	}
};
