import {
	loadProviderOfferFormPage,
	proposeOfferAction,
	validateOfferAction
} from '$lib/server/http/controllers/provider-offer-form-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadProviderOfferFormPage(event, null);
export const actions: Actions = { save: (event) => proposeOfferAction(event, null), validate: validateOfferAction };
