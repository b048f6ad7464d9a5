import { listPublicMembers } from '$lib/server/domains/organisations/list-public-members';
import { listPublicBodies } from '$lib/server/domains/bodies/list-bodies';
import { listPublicAgreements } from '$lib/server/domains/agreements/list-agreements';
import { listPublishedReports } from '$lib/server/domains/planning/list-published-reports';
import { publicContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';
import { renderOnly } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, parent, isDataRequest }) => {
	const { network } = await parent();
	const ctx = publicContext({ locals }, { id: network.id, slug: network.slug, name: network.name });
	const [members, bodies, agreements, reports] = await Promise.all([
		listPublicMembers(ctx),
		listPublicBodies(ctx),
		listPublicAgreements(ctx),
		listPublishedReports(ctx)
	]);
	return renderOnly(isDataRequest, {
		members,
		bodies,
		agreements,
		reports,
		// The network's professional text and goals (moved here from the home page, issue 13).
		goals: network.goals
			.split('\n')
			.map((g) => g.replace(/^\s*[-•]\s*/, '').trim())
			.filter(Boolean)
	});
};
