import { error } from '@sveltejs/kit';
import { loadOfferFormPage, saveOfferAction, validateOfferAction } from '$lib/server/http/controllers/offer-form-page';
import { UUID } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
	return { ...(await loadOfferFormPage(event, event.params.id)), justSaved: event.url.searchParams.has('gespeichert') };
};
export const actions: Actions = {
	save: (event) => {
		if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
		return saveOfferAction(event, event.params.id);
	},
	validate: validateOfferAction
};
