import { loadOfferFormPage, saveOfferAction, validateOfferAction } from '$lib/server/http/controllers/offer-form-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOfferFormPage(event, null);
export const actions: Actions = { save: (event) => saveOfferAction(event, null), validate: validateOfferAction };
