import { listRetentionRules, listRetentionRuns } from '$lib/server/domains/privacy/list-retention-rules';
import { retentionSchema } from '$lib/server/domains/privacy/retention-schema';
import { saveRetentionRules } from '$lib/server/domains/privacy/save-retention-rules';
import { coordinatorContext } from '$lib/server/http/context';
import { actionFail, raise } from '$lib/server/http/errors';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = coordinatorContext(event);
	try {
		return { rules: await listRetentionRules(ctx), runs: await listRetentionRuns(ctx) };
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(retentionSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await saveRetentionRules(ctx, parsed.data);
			return { saved: true };
		} catch (e) {
			return actionFail(e, values);
		}
	}
};
