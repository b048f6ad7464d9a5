import { coordinatorContext } from '$lib/server/http/context';
import { listOffersForCoordinator } from '$lib/server/domains/offers/list-offers-admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const q = (event.url.searchParams.get('q') ?? '').trim().slice(0, 100);
	return { q, offers: await listOffersForCoordinator(coordinatorContext(event), q) };
};
