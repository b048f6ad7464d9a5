import { loadOrganisationPage, saveOrganisationAction } from '$lib/server/http/organisation-form-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOrganisationPage(event, null);
export const actions: Actions = { default: (event) => saveOrganisationAction(event, null) };
