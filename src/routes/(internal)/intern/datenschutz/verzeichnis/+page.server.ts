import { buildProcessingRecord } from '$lib/server/domains/privacy/build-processing-record';
import { gatherPrivacyFacts } from '$lib/server/domains/privacy/gather-privacy-facts';
import { processingRecordSchema } from '$lib/server/domains/privacy/processing-record-schema';
import { saveProcessingRecord } from '$lib/server/domains/privacy/save-processing-record';
import { coordinatorContext, installationSetup } from '$lib/server/http/context';
import { actionFail, raise } from '$lib/server/http/errors';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = coordinatorContext(event);
	try {
		const facts = await gatherPrivacyFacts(ctx, installationSetup(event));
		return { record: buildProcessingRecord(facts), fields: facts.record, generatedAt: new Date() };
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const values = formValues(form);
		const parsed = parseForm(processingRecordSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await saveProcessingRecord(ctx, parsed.data);
			return { saved: true };
		} catch (e) {
			return actionFail(e, values);
		}
	}
};
