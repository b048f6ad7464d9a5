import { error } from '@sveltejs/kit';
import { eventFeed } from '$lib/server/domains/events/event-feed';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import { publicContext } from '$lib/server/http/context';
import type { RequestHandler } from './$types';

/** The network's public events as an iCalendar feed to subscribe to (one VEVENT per session). */
export const GET: RequestHandler = async (event) => {
	const network = await getNetworkBySlug(event.locals.app.database.db, event.params.network).catch(() => error(404));
	const ics = await eventFeed({
		...publicContext(event, { id: network.id, slug: network.slug, name: network.name }),
		baseUrl: event.url.origin
	});
	return new Response(ics, {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `inline; filename="${network.slug}-veranstaltungen.ics"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
