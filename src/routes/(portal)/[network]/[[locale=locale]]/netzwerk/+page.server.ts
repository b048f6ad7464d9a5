import { listPublicMembers } from '$lib/server/domains/organisations/manage-organisations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	const { network } = await parent();
	return { members: await listPublicMembers({ db: locals.app.database.db, network: { id: network.id, slug: network.slug, name: network.name }, actor: null }) };
};
