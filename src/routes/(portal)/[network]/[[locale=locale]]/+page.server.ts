import { formatDayHours, isOpenAt, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { telHref } from '$lib/server/domains/tenancy/help-numbers';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const { network } = await parent();
	const now = new Date();
	return {
		openNow: isOpenAt(network.officeHours, now),
		hasOfficeHours: network.officeHours.length > 0,
		days: WEEKDAYS.map((day) => ({ day, hours: formatDayHours(network.officeHours, day) })).filter((d) => d.hours),
		goals: network.goals
			.split('\n')
			.map((g) => g.replace(/^\s*[-•]\s*/, '').trim())
			.filter(Boolean),
		phoneHref: network.contactPhone ? telHref(network.contactPhone) : null
	};
};
