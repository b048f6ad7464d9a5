import { formatDayHours, isOpenAt, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { telHref, topHelpNumbers } from '$lib/server/domains/tenancy/help-numbers';
import { guidanceForPortal } from '$lib/server/domains/guidance/list-guidance-cards';
import { publicContext } from '$lib/server/http/context';
import { chooseStage } from '$lib/portal/life-stage';
import { berlinDay } from '$lib/time';
import type { PageServerLoad } from './$types';
import { renderOnly } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, parent, url, isDataRequest }) => {
	const { network, locale } = await parent();
	const now = new Date();
	const ctx = publicContext({ locals }, { id: network.id, slug: network.slug, name: network.name });
	const choice = chooseStage(url.searchParams, berlinDay(now));
	const guidance = await guidanceForPortal(ctx, locale);
	return renderOnly(isDataRequest, {
		choice,
		guidance: choice.stage ? guidance.filter((g) => g.stage === choice.stage) : guidance,
		topHelp: topHelpNumbers(network.helpNumbers).map((h) => ({ ...h, href: telHref(h.number) })),
		openNow: isOpenAt(network.officeHours, now),
		hasOfficeHours: network.officeHours.length > 0,
		days: WEEKDAYS.map((day) => ({ day, hours: formatDayHours(network.officeHours, day) })).filter((d) => d.hours),
		phoneHref: network.contactPhone ? telHref(network.contactPhone) : null
	});
};
