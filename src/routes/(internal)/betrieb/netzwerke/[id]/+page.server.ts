import { z } from 'zod';
import { isAppError } from '$lib/server/errors';
import { invalid, formValues, parseForm } from '$lib/server/http/forms';
import { raise } from '$lib/server/http/errors';
import { emailSchema } from '$lib/server/domains/accounts/schemas';
import { inviteCoordinator } from '$lib/server/domains/accounts/invite-user';
import { getNetworkForOperator } from '$lib/server/domains/tenancy/list-networks';
import type { Actions, PageServerLoad } from './$types';

const inviteSchema = z.object({
	name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	email: emailSchema
});

export const load: PageServerLoad = async ({ locals, params, url }) => {
	try {
		const target = await getNetworkForOperator({ db: locals.app.database.db, actor: locals.session!.actor }, params.id);
		return { target, justCreated: url.searchParams.has('neu') };
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
				{ db: locals.app.database.db, actor: locals.session!.actor, baseUrl: locals.app.config.publicUrl },
				{ networkId: params.id, ...parsed.data }
			);
		} catch (e) {
			if (isAppError(e, 'conflict')) {
				return invalid(
					{ email: e.details.reason === 'deactivated' ? 'error.accountDeactivated' : 'error.alreadyCoordinator' },
					values,
					409
				);
			}
			raise(e);
		}
		return { invited: parsed.data.email };
	}
};
