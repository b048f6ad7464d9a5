import { raise } from '$lib/server/http/errors';
import { getPublishedOffer } from '$lib/server/domains/offers/get-offer';
import { berlinWeekdayAndTime, formatDayHours, WEEKDAYS } from '$lib/server/domains/tenancy/office-hours';
import { telHref } from '$lib/server/domains/tenancy/help-numbers';
import { parseShortlist, toggledInShortlist } from '$lib/portal/search-params';
import { activeExceptions, closedTodayBy, openToday, upcomingDates } from '$lib/server/domains/offers/schedule';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
	const { network } = await parent();
	try {
		const offer = await getPublishedOffer({ db: locals.app.database.db, network, actor: null }, params.id);
		const now = new Date();
		const today = berlinWeekdayAndTime(now).day;
		const days = WEEKDAYS.map((day) => ({ day, hours: formatDayHours(offer.schedule.weekly, day), today: day === today })).filter((d) => d.hours);
		const jsonLd = {
			'@context': 'https://schema.org',
			'@type': 'Service',
			name: offer.title,
			description: offer.summary,
			provider: offer.provider ? { '@type': 'Organization', name: offer.provider } : undefined,
			areaServed: network.municipality,
			availableLanguage: offer.languages,
			isAccessibleForFree: offer.costFree,
			availableChannel: offer.locations.map((l) => ({
				'@type': 'ServiceChannel',
				serviceLocation: {
					'@type': 'Place',
					name: l.label,
					address: { '@type': 'PostalAddress', streetAddress: l.street, postalCode: l.postcode, addressLocality: l.city, addressCountry: 'DE' },
					...(l.lat != null && l.lng != null ? { geo: { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lng } } : {})
				},
				servicePhone: offer.contactPhone ? { '@type': 'ContactPoint', telephone: offer.contactPhone } : undefined
			})),
			hoursAvailable: offer.schedule.weekly.map((s) => ({
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: `https://schema.org/${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][s.day - 1]}`,
				opens: s.opens,
				closes: s.closes
			}))
		};
		const shortlist = parseShortlist(url.searchParams);
		return {
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
			// Not executed: a data block. "<" is escaped so the text cannot close the element.
			jsonLdTag: `<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`
		};
	} catch (e) {
		raise(e);
	}
};
