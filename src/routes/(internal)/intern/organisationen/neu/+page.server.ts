import { loadOrganisationPage, saveOrganisationAction } from '$lib/server/http/controllers/organisation-form-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOrganisationPage(event, null);
export const actions: Actions = { default: (event) => saveOrganisationAction(event, null) };
