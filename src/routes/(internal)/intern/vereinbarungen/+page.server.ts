import { redirect } from '@sveltejs/kit';
import { listAgreements } from '$lib/server/domains/agreements/list-agreements';
import { saveAgreement } from '$lib/server/domains/agreements/save-agreement';
import { agreementSchema } from '$lib/server/domains/agreements/agreement-schema';
import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ agreements: await listAgreements(coordinatorContext(event)) });

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(agreementSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		let saved: { id: string };
		try {
			saved = await saveAgreement(coordinatorContext(event), null, parsed.data);
		} catch (e) {
			return actionFail(e, values);
		}
		redirect(303, `/intern/vereinbarungen/${saved.id}/fassungen/neu`);
	}
};
