import { z } from 'zod';
import { isAppError } from '$lib/server/errors';
import { raise } from '$lib/server/http/errors';
import { listAccounts } from '$lib/server/domains/accounts/list-accounts';
import { setUserActive } from '$lib/server/domains/accounts/deactivate-user';
import { operatorContext } from '$lib/server/http/context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return {
			accounts: await listAccounts(operatorContext({ locals })),
			self: locals.session!.actor.userId
		};
	} catch (e) {
		raise(e);
	}
};

const schema = z.object({ userId: z.uuid(), active: z.enum(['true', 'false']) });

export const actions: Actions = {
	setActive: async ({ request, locals }) => {
		const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return { message: 'error.invalid' as const };
		try {
			await setUserActive(operatorContext({ locals }), {
				userId: parsed.data.userId,
				active: parsed.data.active === 'true'
			});
		} catch (e) {
			if (isAppError(e, 'forbidden')) return { message: 'operator.accounts.notSelf' as const };
			raise(e);
		}
		return { message: 'operator.accounts.changed' as const };
	}
};
