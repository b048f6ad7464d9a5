import { listPublicNetworks } from '$lib/server/domains/tenancy/list-networks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	networks: await listPublicNetworks(locals.app.database.db)
});
