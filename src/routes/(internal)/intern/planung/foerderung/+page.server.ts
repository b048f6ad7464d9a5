import { listFundingYears } from '$lib/server/domains/planning/list-funding-years';
import { fundingYearSchema } from '$lib/server/domains/planning/funding-schema';
import { saveFundingYear } from '$lib/server/domains/planning/save-funding-year';
import { coordinatorContext } from '$lib/server/http/context';
import { actionFail, raise } from '$lib/server/http/errors';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { years: await listFundingYears(coordinatorContext(event)) };
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(fundingYearSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await saveFundingYear(ctx, parsed.data);
			return { saved: parsed.data.year };
		} catch (e) {
			return actionFail(e, values);
		}
	}
};
