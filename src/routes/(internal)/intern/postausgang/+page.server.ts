import { listNetworkOutbox } from '$lib/server/domains/mail/list-outbox';
import { raise } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		return {
			mails: await listNetworkOutbox({
				db: locals.app.database.db,
				networkId: locals.network!.id,
				actor: locals.session!.actor
			})
		};
	} catch (e) {
		raise(e);
	}
};
