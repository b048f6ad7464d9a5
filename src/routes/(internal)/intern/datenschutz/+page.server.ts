import { coordinatorContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

// The hub only links; coordinators only (403 for everyone else).
export const load: PageServerLoad = async (event) => {
	coordinatorContext(event);
	return {};
};
