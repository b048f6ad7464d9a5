import { countPendingNetworkMail } from '$lib/server/domains/mail/list-outbox';
import { hasRole } from '$lib/server/domains/shared/actor';
import { offerDashboardCounts } from '$lib/server/domains/dashboard/offer-dashboard';
import { networkDashboard } from '$lib/server/domains/dashboard/network-dashboard';
import { eventDashboard } from '$lib/server/domains/dashboard/event-dashboard';
import { largestCoverageGaps } from '$lib/server/domains/dashboard/coverage-dashboard';
import { demandDashboard } from '$lib/server/domains/dashboard/demand-dashboard';
import { myMeetings } from '$lib/server/domains/bodies/member-meetings';
import { countOpenContactRequests } from '$lib/server/domains/contact-requests/list-contact-requests';
import { memberContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const ctx = memberContext({ locals });
	const { db, network, actor } = ctx;
	const coordinator = hasRole(actor, 'coordinator', network.id);
	const pendingMail = coordinator ? await countPendingNetworkMail({ db, networkId: network.id, actor }) : null;
	const offerCounts = coordinator ? await offerDashboardCounts(ctx) : null;
	const networkWork = coordinator ? await networkDashboard(ctx) : null;
	const eventWork = coordinator ? await eventDashboard(ctx) : null;
	const coverageGaps = coordinator ? await largestCoverageGaps(ctx) : null;
	const demandWork = coordinator ? await demandDashboard(ctx) : null;
	const provider = actor.grants.some((g) => g.role === 'provider' && g.networkId === network.id && g.organisationId);
	const openContactRequests = coordinator || provider ? await countOpenContactRequests(ctx) : null;
	const ownMeetings = coordinator ? null : (await myMeetings(ctx)).upcoming.slice(0, 5);
	return {
		pendingMail,
		openContactRequests,
		offerCounts,
		networkWork,
		eventWork,
		coverageGaps,
		demandWork,
		ownMeetings
	};
};
