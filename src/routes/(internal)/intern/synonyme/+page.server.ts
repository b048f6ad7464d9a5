import { coordinatorContext } from '$lib/server/http/context';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import {
	listSynonyms,
	parseSynonymText,
	saveSynonyms,
	synonymsSchema
} from '$lib/server/domains/taxonomy/manage-synonyms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	text: (await listSynonyms(coordinatorContext(event))).map((g) => g.join(', ')).join('\n')
});

export const actions: Actions = {
	default: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const parsed = parseForm(synonymsSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, formValues(form));
		await saveSynonyms(ctx, parseSynonymText(parsed.data.synonyms));
		return { saved: true };
	}
};
