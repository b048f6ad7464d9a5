import { redirect } from '@sveltejs/kit';
import { hasRole } from '$lib/server/domains/shared/actor';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => {
	const s = locals.session;
	if (!s) redirect(303, '/anmelden');
	const network = locals.network;
	return {
		user: { name: s.actor.name },
		network: network ? { id: network.id, slug: network.slug, name: network.name } : null,
		isOperator: hasRole(s.actor, 'operator', null),
		isCoordinator: network ? hasRole(s.actor, 'coordinator', network.id) : false,
		isProvider: network
			? s.actor.grants.some((g) => g.role === 'provider' && g.networkId === network.id && g.organisationId)
			: false
	};
};
