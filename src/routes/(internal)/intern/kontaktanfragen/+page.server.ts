import { fail } from '@sveltejs/kit';
import { listContactRequests } from '$lib/server/domains/contact-requests/list-contact-requests';
import { markContactRequestDone } from '$lib/server/domains/contact-requests/mark-contact-request-done';
import { memberContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { uuidParam } from '$lib/server/http/params';
import { isAppError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return await listContactRequests(memberContext(event));
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = {
	done: async (event) => {
		const form = await event.request.formData();
		const version = Number(form.get('version'));
		try {
			await markContactRequestDone(memberContext(event), {
				id: uuidParam(String(form.get('id') ?? '')),
				version: Number.isInteger(version) && version > 0 && version < 2 ** 31 ? version : 0
			});
			return { marked: true };
		} catch (e) {
			// Done or deleted meanwhile by someone else (or the job): the list shows how it is now.
			if (isAppError(e, 'conflict') || isAppError(e, 'not_found')) return fail(409, { conflict: true });
			raise(e);
		}
	}
};
