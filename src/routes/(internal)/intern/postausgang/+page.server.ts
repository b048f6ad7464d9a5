import { listNetworkOutbox } from '$lib/server/domains/mail/list-outbox';
import { raise } from '$lib/server/http/errors';
import { memberContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	try {
		const { db, network, actor } = memberContext({ locals });
		// The outbox is addressed by network id, not by a tenant context.
		return { mails: await listNetworkOutbox({ db, networkId: network.id, actor }) };
	} catch (e) {
		raise(e);
	}
};
