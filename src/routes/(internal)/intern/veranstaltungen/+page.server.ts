import { listEvents } from '$lib/server/domains/events/list-events';
import { memberContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	try {
		return { sections: await listEvents(memberContext(event)) };
	} catch (e) {
		raise(e);
	}
};
