import type { PublicEvent } from './get-public-event';

type JsonLd = { [key: string]: unknown };

export type JsonLdEvent = Pick<
	PublicEvent,
	| 'title'
	| 'summary'
	| 'status'
	| 'organiser'
	| 'costFree'
	| 'feeCents'
	| 'languages'
	| 'capacity'
	| 'seats'
	| 'waitingList'
	| 'registrationOpensAt'
	| 'sessions'
>;

/** Leaves out undefined values, empty strings and empty lists, so no property is published without content. */
function compact(node: JsonLd): JsonLd {
	return Object.fromEntries(
		Object.entries(node).filter(
			([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)
		)
	);
}

const SCHEMA = 'https://schema.org/';

/** Where a session takes place: a Place (the address as typed), a VirtualLocation, or both. */
function locationOf(s: PublicEvent['sessions'][number]): JsonLd | JsonLd[] | undefined {
	const place = s.place ? { '@type': 'Place', name: s.place, address: s.place } : undefined;
	const online = s.onlineUrl ? { '@type': 'VirtualLocation', url: s.onlineUrl } : undefined;
	return place && online ? [place, online] : (place ?? online);
}

function attendanceMode(sessions: PublicEvent['sessions']): string {
	const offline = sessions.some((s) => s.place);
	const online = sessions.some((s) => s.onlineUrl);
	if (offline && online) return `${SCHEMA}MixedEventAttendanceMode`;
	return online ? `${SCHEMA}OnlineEventAttendanceMode` : `${SCHEMA}OfflineEventAttendanceMode`;
}

/**
 * The event as schema.org `Event` for search engines: status (scheduled or cancelled), attendance
 * mode (on site, online, mixed), the first session's place, the whole span from the first start to
 * the last end, the sessions as `subEvent`s when there are several, the fee as an `Offer` (price 0
 * when free; availability from the free seats), and the organiser.
 */
export function eventJsonLd(e: JsonLdEvent, o: { url: string; networkName: string }): JsonLd {
	const first = e.sessions[0];
	const last = e.sessions.at(-1);
	const free = e.costFree || !e.feeCents;
	const availability =
		e.seats.free > 0 && e.seats.waiting === 0 ? 'InStock' : e.waitingList ? 'LimitedAvailability' : 'SoldOut';
	return compact({
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: e.title,
		description: e.summary,
		url: o.url,
		startDate: first?.startsAt.toISOString(),
		endDate: last?.endsAt.toISOString(),
		eventStatus: `${SCHEMA}${e.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
		eventAttendanceMode: attendanceMode(e.sessions),
		location: first ? locationOf(first) : undefined,
		organizer: { '@type': 'Organization', name: e.organiser },
		isAccessibleForFree: free || undefined,
		inLanguage: e.languages,
		maximumAttendeeCapacity: e.capacity,
		remainingAttendeeCapacity: e.seats.free,
		offers: compact({
			'@type': 'Offer',
			price: free ? 0 : (e.feeCents! / 100).toFixed(2),
			priceCurrency: 'EUR',
			availability: `${SCHEMA}${availability}`,
			validFrom: e.registrationOpensAt?.toISOString(),
			url: o.url
		}),
		subEvent:
			e.sessions.length > 1
				? e.sessions.map((s, i) =>
						compact({
							'@type': 'Event',
							name: `${e.title} (${i + 1}/${e.sessions.length})`,
							startDate: s.startsAt.toISOString(),
							endDate: s.endsAt.toISOString(),
							eventStatus: `${SCHEMA}${e.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
							eventAttendanceMode: attendanceMode([s]),
							location: locationOf(s)
						})
					)
				: undefined,
		// The network publishes the page; the organiser may be one of its members.
		publisher: { '@type': 'Organization', name: o.networkName }
	});
}
