import { raise } from '$lib/server/http/errors';
import { getPublishedOffer } from '$lib/server/domains/offers/get-offer';
import { berlinWeekdayAndTime, formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { telHref } from '$lib/server/domains/tenancy/help-numbers';
import { parseShortlist, toggledInShortlist } from '$lib/portal/search-params';
import { offerJsonLd } from '$lib/server/domains/offers/offer-json-ld';
import { activeExceptions, closedTodayBy, openToday, upcomingDates } from '$lib/server/domains/offers/current-schedule';
import { publicContext } from '$lib/server/http/context';
import { publicTermTranslator } from '$lib/server/http/network-memo';
import { contactRequestAction, loadContactRequestPart } from '$lib/server/http/controllers/portal-contact-request';
import type { Actions, PageServerLoad } from './$types';
import { renderOnly } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, parent, params, url, isDataRequest }) => {
	const { network, locale } = await parent();
	try {
		const ctx = publicContext({ locals }, network);
		const [found, term] = await Promise.all([
			getPublishedOffer(ctx, params.id),
			publicTermTranslator({ locals }, network, locale)
		]);
		// Topic names in the page language.
		const offer = { ...found, topicNames: found.topicNames.map(term) };
		const now = new Date();
		const today = berlinWeekdayAndTime(now).day;
		const days = WEEKDAYS.map((day) => ({
			day,
			hours: formatDayHours(offer.schedule.weekly, day),
			today: day === today
		})).filter((d) => d.hours);
		const jsonLd = offerJsonLd(offer, { url: `${url.origin}${url.pathname}`, municipality: network.municipality, now });
		const shortlist = parseShortlist(url.searchParams);
		return renderOnly(isDataRequest, {
			offer,
			shortlist,
			inShortlist: shortlist.includes(offer.id),
			toggledShortlist: toggledInShortlist(shortlist, offer.id),
			days,
			openToday: openToday(offer.schedule, now),
			closedToday: closedTodayBy(offer.schedule, now),
			notices: activeExceptions(offer.schedule, now),
			dates: upcomingDates(offer.schedule, now),
			phoneHref: offer.contactPhone ? telHref(offer.contactPhone) : null,
			contactRequest: await loadContactRequestPart(ctx, offer.contactRequestsEnabled, url, locale),
			// Not executed: a data block. "<" is escaped so the text cannot close the element.
			jsonLdTag: `<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`
		});
	} catch (e) {
		raise(e);
	}
};

export const actions: Actions = { contact: contactRequestAction };
