import { error } from '@sveltejs/kit';
import {
	loadProviderOfferFormPage,
	proposeOfferAction,
	validateOfferAction
} from '$lib/server/http/controllers/provider-offer-form-page';
import { UUID } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
	return {
		...(await loadProviderOfferFormPage(event, event.params.id)),
		submitted: event.url.searchParams.has('eingereicht')
	};
};
export const actions: Actions = {
	save: (event) => {
		if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
		return proposeOfferAction(event, event.params.id);
	},
	validate: validateOfferAction
};
