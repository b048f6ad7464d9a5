import type { offerLocations, offers } from '$lib/server/db/schema';
import { formatDayHours } from '$lib/server/domains/tenancy/office-hours';
import { WEEKDAYS } from '$lib/weekdays';
import {
	LOCATION_FIELDS,
	MAX_LOCATIONS,
	TRANSLATION_FIELDS,
	TRANSLATION_LOCALES,
	locationKey,
	translationKey
} from './offer-schema';
import { formatDates, formatExceptions } from './schedule-text';

/** The offer form's values: what the form shows, what a version stores, what a diff compares. */
export type OfferFormValues = Record<string, string | string[] | boolean>;

type OfferRow = typeof offers.$inferSelect;
type LocationRow = typeof offerLocations.$inferSelect;

/** A stored offer (or a new one, `null`) as form values; `defaultCity` fills the empty location block. */
export function offerToFormValues(o: OfferRow | null, locations: LocationRow[], defaultCity: string): OfferFormValues {
	const values: OfferFormValues = {
		version: String(o?.version ?? 0),
		title: o?.title ?? '',
		summary: o?.summary ?? '',
		description: o?.description ?? '',
		organisationId: o?.organisationId ?? '',
		lifeStages: o?.lifeStages ?? [],
		topics: o?.topics ?? [],
		offerType: o?.offerType ?? 'beratung',
		preventionLevel: o?.preventionLevel ?? 'universell',
		targetGroups: (o?.targetGroups ?? []).join(', '),
		costFree: o?.costFree ?? true,
		costText: o?.costText ?? '',
		languages: (o?.languages ?? ['de']).filter((c) => c !== 'de').join(', '),
		accessibility: o?.accessibility ?? [],
		registrationRequired: o?.registrationRequired ?? false,
		scheduleNote: o?.schedule.note ?? '',
		exceptions: o ? formatExceptions(o.schedule) : '',
		dates: o ? formatDates(o.schedule) : '',
		contactPhone: o?.contactPhone ?? '',
		contactEmail: o?.contactEmail ?? '',
		contactWeb: o?.contactWeb ?? '',
		validFrom: o?.validFrom ?? '',
		validTo: o?.validTo ?? '',
		status: o?.status ?? 'draft',
		markVerified: false,
		serviceDistrictIds: o?.serviceDistrictIds ?? [],
		servesWholeNetwork: o?.servesWholeNetwork ?? false,
		contactRequestsEnabled: o?.contactRequestsEnabled ?? false
	};
	for (const d of WEEKDAYS) values[`hours-${d}`] = o ? formatDayHours(o.schedule.weekly, d) : '';
	for (let i = 0; i < MAX_LOCATIONS; i++) {
		const l = locations[i];
		for (const f of LOCATION_FIELDS) values[locationKey(i, f)] = '';
		if (l) {
			values[locationKey(i, 'label')] = l.label;
			values[locationKey(i, 'street')] = l.street;
			values[locationKey(i, 'postcode')] = l.postcode;
			values[locationKey(i, 'city')] = l.city;
			values[locationKey(i, 'districtId')] = l.districtId ?? '';
			values[locationKey(i, 'lat')] = l.lat != null ? String(l.lat) : '';
			values[locationKey(i, 'lng')] = l.lng != null ? String(l.lng) : '';
		} else if (i === locations.length) {
			values[locationKey(i, 'city')] = defaultCity;
		}
	}
	for (const locale of TRANSLATION_LOCALES)
		for (const f of TRANSLATION_FIELDS) values[translationKey(locale, f)] = o?.translations[locale]?.[f] ?? '';
	return values;
}

/** Parsed form input → the plain values a version stores (numbers as text, like the form sends them). */
export function inputToFormValues(input: Record<string, unknown>): OfferFormValues {
	const values: OfferFormValues = {};
	for (const [key, value] of Object.entries(input)) {
		if (typeof value === 'string' || typeof value === 'boolean') values[key] = value;
		else if (typeof value === 'number') values[key] = String(value);
		else if (Array.isArray(value)) values[key] = value.map(String);
	}
	values.markVerified = false;
	return values;
}

/** How many location blocks hold data (the form shows these plus one empty block). */
export function filledLocationCount(values: OfferFormValues): number {
	let count = 0;
	for (let i = 0; i < MAX_LOCATIONS; i++) {
		if (LOCATION_FIELDS.some((f) => f !== 'city' && f !== 'label' && String(values[locationKey(i, f)] ?? '') !== ''))
			count = i + 1;
	}
	return count;
}
