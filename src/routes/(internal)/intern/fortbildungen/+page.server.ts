import { listPublicEvents } from '$lib/server/domains/events/list-public-events';
import { memberContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import type { PageServerLoad } from './$types';

/** Professionals' events for everyone of the network, members-only ones included (issue 14, item 11). */
export const load: PageServerLoad = async (event) => {
	const ctx = memberContext(event);
	try {
		const list = await listPublicEvents(ctx, { audience: 'fachkraefte' });
		return { slug: ctx.network.slug, events: list.events };
	} catch (e) {
		raise(e);
	}
};
