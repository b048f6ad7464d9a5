import { redirect } from '@sveltejs/kit';
import { invalid, formValues, parseForm } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { createNetworkSchema } from '$lib/server/domains/tenancy/network-schemas';
import { createNetwork } from '$lib/server/domains/tenancy/create-network';
import { listNetworks } from '$lib/server/domains/tenancy/list-networks';
import { operatorContext } from '$lib/server/http/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return { networks: await listNetworks(operatorContext({ locals })) };
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
			created = await createNetwork(operatorContext({ locals }), parsed.data);
		} catch (e) {
			return actionFail(e, values, { conflict: { field: 'slug', message: 'error.slugTaken' } });
		}
		redirect(303, `/betrieb/netzwerke/${created.id}?neu=1`);
	}
};
