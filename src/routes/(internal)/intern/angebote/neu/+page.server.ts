import { loadOfferFormPage, saveOfferAction } from '$lib/server/http/offer-form-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOfferFormPage(event, null);
export const actions: Actions = { default: (event) => saveOfferAction(event, null) };
