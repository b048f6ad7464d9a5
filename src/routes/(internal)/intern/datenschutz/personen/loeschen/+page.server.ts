import { viewPersonData } from '$lib/server/domains/privacy/describe-person-data';
import { erasePerson } from '$lib/server/domains/privacy/erase-person';
import { previewPersonErasure } from '$lib/server/domains/privacy/preview-person-erasure';
import {
	erasureConfirmSchema,
	personQuerySchema,
	toPersonQuery
} from '$lib/server/domains/privacy/person-query-schema';
import type { TenantContext } from '$lib/server/domains/shared/context';
import type { PersonQuery } from '$lib/server/domains/privacy/person-data-sources/source-helpers';
import { coordinatorContext, coordinatorFilesContext } from '$lib/server/http/context';
import { formValues, invalid, parseForm } from '$lib/server/http/forms';
import { actionFail } from '$lib/server/http/errors';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	coordinatorContext(event);
	return {};
};

async function preview(ctx: TenantContext, query: PersonQuery) {
	const p = await previewPersonErasure(ctx, query);
	return { ...viewPersonData(p), counts: p.counts, refused: p.refused };
}

export const actions: Actions = {
	preview: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const parsed = parseForm(personQuerySchema, form);
		if (!parsed.ok) return invalid(parsed.errors, formValues(form));
		return { values: parsed.data, preview: await preview(ctx, toPersonQuery(parsed.data)) };
	},
	erase: async (event) => {
		const ctx = coordinatorFilesContext(event);
		const form = await event.request.formData();
		const parsed = parseForm(personQuerySchema, form);
		if (!parsed.ok) return invalid(parsed.errors, formValues(form));
		const query = toPersonQuery(parsed.data);
		const confirmed = parseForm(erasureConfirmSchema, form);
		if (!confirmed.ok)
			return fail(400, { errors: confirmed.errors, values: parsed.data, preview: await preview(ctx, query) });
		try {
			return { values: parsed.data, done: await erasePerson(ctx, query) };
		} catch (e) {
			const failed = actionFail(e, parsed.data);
			return fail(failed.status, { ...failed.data, preview: await preview(ctx, query) });
		}
	}
};
