import { error } from '@sveltejs/kit';
import { hasRole } from '$lib/server/domains/accounts/actor';
import { listOffersForCoordinator } from '$lib/server/domains/offers/list-offers-admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const network = locals.network!;
	const actor = locals.session!.actor;
	if (!hasRole(actor, 'coordinator', network.id)) error(403, 'Nur für die Netzwerkkoordination.');
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	return { q, offers: await listOffersForCoordinator({ db: locals.app.database.db, network, actor }, q) };
};
