import { z } from 'zod';
import { invalid, formValues, parseForm } from '$lib/server/http/forms';
import { actionFail, raise } from '$lib/server/http/errors';
import { emailSchema } from '$lib/server/domains/accounts/schemas';
import { inviteCoordinator } from '$lib/server/domains/accounts/invite-user';
import { getNetworkForOperator } from '$lib/server/domains/tenancy/list-networks';
import { operatorContext } from '$lib/server/http/context';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = z.object({
	name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	email: emailSchema
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const target = await getNetworkForOperator(operatorContext({ locals }), params.id);
		return { target, justCreated: url.searchParams.has('neu'), justImported: url.searchParams.has('uebernommen') };
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	invite: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = parseForm(inviteSchema, form);
		if (!parsed.ok) return invalid(parsed.errors, values);
		try {
			await inviteCoordinator(
				{ ...operatorContext({ locals }), baseUrl: locals.app.config.publicUrl },
				{ networkId: params.id, ...parsed.data }
			);
		} catch (e) {
			return actionFail(e, values, {
				conflict: {
					field: 'email',
					message: (d) => (d.reason === 'deactivated' ? 'error.accountDeactivated' : 'error.alreadyCoordinator')
				}
			});
		}
		return { invited: parsed.data.email };
	}
};
