import { findPersonData } from '$lib/server/domains/privacy/find-person-data';
import { viewPersonData } from '$lib/server/domains/privacy/describe-person-data';
import { personQuerySchema, toPersonQuery } from '$lib/server/domains/privacy/person-query-schema';
import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

// The search is a POST: e-mail addresses and names stay out of URLs, logs and the browser history.
export const load: PageServerLoad = async (event) => {
	coordinatorContext(event);
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const parsed = parseForm(personQuerySchema, form);
		if (!parsed.ok) return invalid(parsed.errors, formValues(form));
		const found = await findPersonData(ctx, toPersonQuery(parsed.data));
		return { values: { email: parsed.data.email, name: parsed.data.name }, result: viewPersonData(found) };
	}
};
