import { error } from '@sveltejs/kit';
import { loadOrganisationPage, saveOrganisationAction } from '$lib/server/http/controllers/organisation-form-page';
import { UUID } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';
import { t } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
	return {
		...(await loadOrganisationPage(event, event.params.id)),
		justSaved: event.url.searchParams.has('gespeichert')
	};
};
export const actions: Actions = {
	default: (event) => {
		if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
		return saveOrganisationAction(event, event.params.id);
	}
};
