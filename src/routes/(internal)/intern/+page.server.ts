import { countPendingNetworkMail } from '$lib/server/domains/mail/list-outbox';
import { hasRole } from '$lib/server/domains/accounts/actor';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const network = locals.network!;
	const actor = locals.session!.actor;
	const pendingMail = hasRole(actor, 'coordinator', network.id) ? await countPendingNetworkMail({ db: locals.app.database.db, networkId: network.id, actor }) : null;
	return { pendingMail };
};
