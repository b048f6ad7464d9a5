import { parseShortlist } from '$lib/portal/search-params';
import { listShortlist } from '$lib/server/domains/offers/list-shortlist';
import { formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { publicContext } from '$lib/server/http/context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { network } = await parent();
	const ids = parseShortlist(url.searchParams);
	const offers = await listShortlist(publicContext({ locals }, network), ids);
	return {
		ids,
		offers: offers.map((o) => ({
			...o,
			hours: WEEKDAYS.map((day) => ({ day, hours: formatDayHours(o.schedule.weekly, day) })).filter((d) => d.hours)
		}))
	};
};
