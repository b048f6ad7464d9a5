import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid, parseWith } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import { districtSchema, listDistricts, saveDistrict } from '$lib/server/domains/taxonomy/manage-districts';
import { MAX_GEOJSON_BYTES } from '$lib/server/domains/taxonomy/parse-geometry';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ districts: await listDistricts(coordinatorContext(event)) });

export const actions: Actions = {
	default: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const values = formValues(form);
		// An outline file replaces the text field; a refused outline leaves the stored one as it is.
		const file = form.get('geojsonFile');
		if (file instanceof File && file.size > 0) {
			if (file.size > MAX_GEOJSON_BYTES) return invalid({ geojson: 'error.geojsonTooLarge' }, values);
			values.geojson = await file.text();
		}
		const parsed = parseWith(districtSchema, values);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await saveDistrict(ctx, parsed.data);
		} catch (e) {
			return actionFail(e, values, { conflict: { field: 'name', message: 'error.districtTaken' } });
		}
		return { saved: true };
	}
};
