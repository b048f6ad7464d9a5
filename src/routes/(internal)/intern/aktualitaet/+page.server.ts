import { getFreshnessOverview } from '$lib/server/domains/offers/freshness-overview';
import { coordinatorContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	overview: await getFreshnessOverview(coordinatorContext(event))
});
