import { listPublicMembers } from '$lib/server/domains/organisations/list-public-members';
import { listPublicBodies } from '$lib/server/domains/bodies/manage-bodies';
import { listPublicAgreements } from '$lib/server/domains/agreements/manage-agreements';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { network } = await parent();
	const ctx = {
		db: locals.app.database.db,
		network: { id: network.id, slug: network.slug, name: network.name },
		actor: null
	};
	return {
		members: await listPublicMembers(ctx),
		bodies: await listPublicBodies(ctx),
		agreements: await listPublicAgreements(ctx)
	};
};
