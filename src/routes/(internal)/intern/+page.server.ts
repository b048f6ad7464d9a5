import { countPendingNetworkMail } from '$lib/server/domains/mail/list-outbox';
import { hasRole } from '$lib/server/domains/shared/actor';
import { offerDashboardCounts } from '$lib/server/domains/dashboard/offer-dashboard';
import { networkDashboard } from '$lib/server/domains/dashboard/network-dashboard';
import { myMeetings } from '$lib/server/domains/bodies/member-meetings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const network = locals.network!;
	const actor = locals.session!.actor;
	const coordinator = hasRole(actor, 'coordinator', network.id);
	const pendingMail = coordinator
		? await countPendingNetworkMail({ db: locals.app.database.db, networkId: network.id, actor })
		: null;
	const offerCounts = coordinator ? await offerDashboardCounts({ db: locals.app.database.db, network, actor }) : null;
	const networkWork = coordinator ? await networkDashboard({ db: locals.app.database.db, network, actor }) : null;
	const ownMeetings = coordinator
		? null
		: (await myMeetings({ db: locals.app.database.db, network, actor })).upcoming.slice(0, 5);
	return { pendingMail, offerCounts, networkWork, ownMeetings };
};
