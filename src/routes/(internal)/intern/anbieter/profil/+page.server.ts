import { fail } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { getOwnOrganisation, updateOwnOrganisation } from '$lib/server/domains/organisations/organisation-profile';
import { organisationFormValues } from '$lib/server/domains/organisations/organisation-form-values';
import { organisationProfileSchema } from '$lib/server/domains/organisations/organisation-schema';
import { invalid, parseWith, type FieldErrors } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { providerContext } from '$lib/server/http/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		const { organisation: o, districts } = await getOwnOrganisation(providerContext(event));
		return {
			districts,
			saved: organisationFormValues(o),
			justSaved: event.url.searchParams.has('gespeichert')
		};
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = providerContext(event);
		const form = await event.request.formData();
		const object: Record<string, unknown> = Object.fromEntries(
			[...form.entries()].filter(([, v]) => typeof v === 'string')
		);
		object.districtIds = form.getAll('districtIds').filter((v) => typeof v === 'string');
		object.servesWholeNetwork = form.get('servesWholeNetwork') === 'on';
		const values = object as Record<string, string>;
		const parsed = parseWith(organisationProfileSchema, object);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await updateOwnOrganisation(ctx, parsed.data);
		} catch (e) {
			if (isAppError(e, 'conflict')) {
				// Someone else saved: keep the input, show what differs, let a second save overwrite on purpose.
				const { organisation: current } = await getOwnOrganisation(ctx);
				const fields = ['name', 'description', 'street', 'postcode', 'city', 'phone', 'email', 'web'] as const;
				const conflict = fields
					.filter((f) => String(current[f] ?? '') !== String(values[f] ?? ''))
					.map((f) => ({ field: f, theirs: String(current[f] ?? ''), yours: String(values[f] ?? '') }));
				const errors: FieldErrors = { form: 'error.versionConflict' };
				return fail(409, {
					errors,
					values: { ...values, version: String(current.version) },
					conflict
				});
			}
			return actionFail(e, values, { validation: { field: 'name' } });
		}
		return { saved: true };
	}
};
