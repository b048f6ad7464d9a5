import { berlinInstant } from '$lib/server/domains/shared/time';
import type { PublishedOffer } from './get-offer';
import { upcomingDates } from './current-schedule';

type JsonLd = { [key: string]: unknown };

export type JsonLdOffer = Pick<
	PublishedOffer,
	'title' | 'summary' | 'provider' | 'costFree' | 'costText' | 'languages' | 'contactPhone' | 'schedule' | 'serviceArea'
> & {
	locations: Pick<PublishedOffer['locations'][number], 'label' | 'street' | 'postcode' | 'city' | 'lat' | 'lng'>[];
};

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Leaves out undefined values, empty strings and empty lists, so no property is published without content. */
function compact(node: JsonLd): JsonLd {
	return Object.fromEntries(
		Object.entries(node).filter(
			([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)
		)
	);
}

/**
 * The offer as schema.org `Service` for search engines, with properties schema.org defines
 * for each type: languages on the `ServiceChannel`, "free of charge" as an `Offer` with
 * price 0, weekly hours as `OpeningHoursSpecification`, single course dates as `Event`s
 * (`subjectOf`, which schema.org defines on Thing with range CreativeWork or Event), the
 * Einzugsgebiet as `areaServed`: its districts inside the municipality, else the municipality.
 */
export function offerJsonLd(offer: JsonLdOffer, o: { url: string; municipality: string; now: Date }): JsonLd {
	const municipality = { '@type': 'AdministrativeArea', name: o.municipality };
	const districts = offer.serviceArea?.districts ?? [];
	const areaServed = districts.length
		? districts.map((name) => ({ '@type': 'AdministrativeArea', name, containedInPlace: municipality }))
		: municipality;
	const free = offer.costFree ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } : undefined;
	const offers = free ?? (offer.costText ? { '@type': 'Offer', description: offer.costText } : undefined);
	const phone = offer.contactPhone ? { '@type': 'ContactPoint', telephone: offer.contactPhone } : undefined;
	const places = offer.locations.map((l) =>
		compact({
			'@type': 'Place',
			name: l.label,
			address: compact({
				'@type': 'PostalAddress',
				streetAddress: l.street,
				postalCode: l.postcode,
				addressLocality: l.city,
				addressCountry: 'DE'
			}),
			geo: l.lat != null && l.lng != null ? { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lng } : undefined
		})
	);
	const channel = (serviceLocation?: JsonLd) =>
		compact({
			'@type': 'ServiceChannel',
			serviceLocation,
			servicePhone: phone,
			availableLanguage: offer.languages,
			serviceUrl: serviceLocation ? undefined : o.url
		});
	const events = upcomingDates(offer.schedule, o.now).map((d) =>
		compact({
			'@type': 'Event',
			name: offer.title,
			startDate: berlinInstant(d.date, d.start).toISOString(),
			endDate: berlinInstant(d.date, d.end).toISOString(),
			location: places[0],
			isAccessibleForFree: offer.costFree || undefined,
			offers: free,
			url: o.url
		})
	);
	return compact({
		'@context': 'https://schema.org',
		'@type': 'Service',
		name: offer.title,
		description: offer.summary,
		url: o.url,
		provider: offer.provider ? { '@type': 'Organization', name: offer.provider } : undefined,
		areaServed,
		availableChannel: places.length ? places.map((p) => channel(p)) : [channel()],
		offers,
		hoursAvailable: offer.schedule.weekly.map((s) => ({
			'@type': 'OpeningHoursSpecification',
			dayOfWeek: `https://schema.org/${DAYS[s.day - 1]}`,
			opens: s.opens,
			closes: s.closes
		})),
		subjectOf: events
	});
}
