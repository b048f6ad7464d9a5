import { redirect } from '@sveltejs/kit';
import { isAppError } from '$lib/server/errors';
import { invalid, formValues, parseForm } from '$lib/server/http/forms';
import { raise } from '$lib/server/http/errors';
import { createNetworkSchema } from '$lib/server/domains/tenancy/network-schemas';
import { createNetwork } from '$lib/server/domains/tenancy/create-network';
import { listNetworks } from '$lib/server/domains/tenancy/list-networks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return { networks: await listNetworks({ db: locals.app.database.db, actor: locals.session!.actor }) };
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = parseForm(createNetworkSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		let created: { id: string };
		try {
			created = await createNetwork({ db: locals.app.database.db, actor: locals.session!.actor }, parsed.data);
		} catch (e) {
			if (isAppError(e, 'conflict')) return invalid({ slug: 'error.slugTaken' }, values, 409);
			raise(e);
		}
		redirect(303, `/betrieb/netzwerke/${created.id}?neu=1`);
	}
};
