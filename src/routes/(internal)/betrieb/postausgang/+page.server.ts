import { listAccountOutbox } from '$lib/server/domains/mail/list-outbox';
import { raise } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return { mails: await listAccountOutbox({ db: locals.app.database.db, actor: locals.session!.actor }) };
	} catch (e) {
		raise(e);
	}
};
