import { listAccountOutbox } from '$lib/server/domains/mail/list-outbox';
import { raise } from '$lib/server/http/errors';
import { operatorContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return { mails: await listAccountOutbox(operatorContext({ locals })) };
	} catch (e) {
		raise(e);
	}
};
