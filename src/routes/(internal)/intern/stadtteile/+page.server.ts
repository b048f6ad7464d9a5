import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import { districtSchema, listDistricts, saveDistrict } from '$lib/server/domains/taxonomy/manage-districts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ districts: await listDistricts(coordinatorContext(event)) });

export const actions: Actions = {
	default: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(districtSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await saveDistrict(ctx, parsed.data);
		} catch (e) {
			return actionFail(e, values, { conflict: { field: 'name', message: 'error.districtTaken' } });
		}
		return { saved: true };
	}
};
