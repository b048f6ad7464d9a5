import { error, redirect } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { listOfferHistory } from '$lib/server/domains/offers/list-offer-history';
import { restoreOfferVersion } from '$lib/server/domains/offers/restore-offer-version';
import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid } from '$lib/server/http/forms';
import { raise } from '$lib/server/http/errors';
import { UUID } from '$lib/server/http/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	if (!UUID.test(event.params.id)) error(404, 'Diese Seite gibt es nicht.');
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
			error(404, 'Diese Seite gibt es nicht.');
		try {
			await restoreOfferVersion(coordinatorContext(event), event.params.id, versionId, expected);
		} catch (e) {
			if (isAppError(e, 'conflict')) return invalid({ form: 'error.versionConflict' }, formValues(form), 409);
			if (isAppError(e, 'validation')) return invalid({ form: 'error.versionInvalid' }, formValues(form));
			raise(e);
		}
		redirect(303, `/intern/angebote/${event.params.id}/verlauf?wiederhergestellt=1`);
	}
};
