import { error, redirect } from '@sveltejs/kit';
import { listOfferHistory } from '$lib/server/domains/offers/list-offer-history';
import { restoreOfferVersion } from '$lib/server/domains/offers/restore-offer-version';
import { coordinatorContext } from '$lib/server/http/context';
import { formValues } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { UUID } from '$lib/server/http/params';
import { t } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, t('error.notFound'));
	try {
		return {
			history: await listOfferHistory(coordinatorContext(event), event.params.id),
			restored: event.url.searchParams.has('wiederhergestellt')
		};
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	restore: async (event) => {
		const form = await event.request.formData();
		const versionId = String(form.get('versionId') ?? '');
		const expected = Number(form.get('version'));
		if (!UUID.test(event.params.id) || !UUID.test(versionId) || !Number.isInteger(expected))
			error(404, t('error.notFound'));
		try {
			await restoreOfferVersion(coordinatorContext(event), event.params.id, versionId, expected);
		} catch (e) {
			return actionFail(e, formValues(form), { validation: { message: 'error.versionInvalid' } });
		}
		redirect(303, `/intern/angebote/${event.params.id}/verlauf?wiederhergestellt=1`);
	}
};
