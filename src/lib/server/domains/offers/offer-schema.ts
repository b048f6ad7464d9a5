import { z } from 'zod';
import {
	ACCESSIBILITY_FEATURES,
	LIFE_STAGES,
	OFFER_STATUSES,
	OFFER_TYPES,
	PREVENTION_LEVELS,
	type WeeklySlot
} from '$lib/server/db/schema';
import { parseDayHours } from '$lib/server/domains/tenancy/office-hours';
import { parseDates, parseExceptions } from './schedule-text';
import { WEEKDAYS } from '$lib/weekdays';
import { LOCALES } from '$lib/i18n/locales';
import { isCalendarDay } from '$lib/calendar-day';

/** An offer has up to this many locations; the form shows the stored ones and one empty block. */
export const MAX_LOCATIONS = 8;
export const LOCATION_FIELDS = ['label', 'street', 'postcode', 'city', 'districtId', 'lat', 'lng'] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number];
export const locationKey = (i: number, field: LocationField) => `loc${i}-${field}`;
/** Languages an offer's texts can be translated into, side by side with the German source. */
export const TRANSLATION_LOCALES = LOCALES.map((l) => l.code).filter((c) => c !== 'de');
export const TRANSLATION_FIELDS = ['title', 'summary', 'description'] as const;
export const translationKey = (locale: string, field: (typeof TRANSLATION_FIELDS)[number]) => `tr-${locale}-${field}`;

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const optionalEmail = text(254).refine((v) => v === '' || z.email().safeParse(v).success, 'error.emailInvalid');
const optionalUrl = text(500).refine((v) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), 'error.urlInvalid');
const phone = text(40).refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'error.phoneInvalid');
const optionalDate = z
	.string()
	.trim()
	.refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'error.dateInvalid')
	.refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isCalendarDay(v), 'error.dateImpossible');
const optionalNumber = (min: number, max: number) =>
	z
		.string()
		.trim()
		.transform((v) => v.replace(',', '.'))
		.refine(
			(v) => v === '' || (Number.isFinite(Number(v)) && Number(v) >= min && Number(v) <= max),
			'error.coordinateInvalid'
		);
const list = (values: readonly string[]) => z.array(z.enum(values as [string, ...string[]], 'error.choose'));

/**
 * The coordinator's offer form. Multi-value fields arrive as repeated form fields
 * (checkboxes); the route collects them with `getAll` before parsing.
 */
export const offerFormSchema = z
	.object({
		version: z.coerce.number().int().min(0),
		title: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
		summary: z.string().trim().min(1, 'error.required').max(400, 'error.tooLong'),
		description: text(10_000),
		organisationId: z
			.string()
			.trim()
			.refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.choose'),
		lifeStages: list(LIFE_STAGES).min(1, 'error.chooseAtLeastOne'),
		topics: z.array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'error.choose')),
		offerType: z.enum(OFFER_TYPES, 'error.choose'),
		preventionLevel: z.enum(PREVENTION_LEVELS, 'error.choose'),
		targetGroups: text(500),
		costFree: z.boolean(),
		costText: text(300),
		languages: text(200).refine(
			(v) => v.split(',').every((c) => c.trim() === '' || /^[a-z]{2,3}$/.test(c.trim())),
			'error.languageCodes'
		),
		accessibility: list(ACCESSIBILITY_FEATURES),
		registrationRequired: z.boolean(),
		scheduleNote: text(500),
		exceptions: text(5000).refine((v) => parseExceptions(v) !== null, 'error.exceptionsFormat'),
		dates: text(5000).refine((v) => parseDates(v) !== null, 'error.datesFormat'),
		contactPhone: phone,
		contactEmail: optionalEmail,
		contactWeb: optionalUrl,
		validFrom: optionalDate,
		validTo: optionalDate,
		status: z.enum(OFFER_STATUSES, 'error.choose'),
		markVerified: z.boolean(),
		/** Einzugsgebiet: districts served besides the locations' own, or the whole network area. */
		serviceDistrictIds: z.array(z.uuid('error.choose')).max(500, 'error.tooLong').default([]),
		servesWholeNetwork: z.boolean().default(false),
		/** "Bitte um Kontakt" on the offer page (issue 16); older stored versions lack it: off. */
		contactRequestsEnabled: z.boolean().default(false),
		...(Object.fromEntries(
			Array.from({ length: MAX_LOCATIONS }, (_, i) => [
				[locationKey(i, 'label'), text(200).default('')],
				[locationKey(i, 'street'), text(200).default('')],
				[
					locationKey(i, 'postcode'),
					text(10)
						.default('')
						.refine((v) => v === '' || /^\d{5}$/.test(v), 'error.postcodeFormat')
				],
				[locationKey(i, 'city'), text(100).default('')],
				[
					locationKey(i, 'districtId'),
					z
						.string()
						.trim()
						.default('')
						.refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.choose')
				],
				[locationKey(i, 'lat'), optionalNumber(-90, 90).default('')],
				[locationKey(i, 'lng'), optionalNumber(-180, 180).default('')]
			]).flat()
		) as Record<never, z.ZodString>),
		...(Object.fromEntries(
			TRANSLATION_LOCALES.flatMap((l) => [
				[translationKey(l, 'title'), text(200).default('')],
				[translationKey(l, 'summary'), text(400).default('')],
				[translationKey(l, 'description'), text(10_000).default('')]
			])
		) as Record<never, z.ZodString>),
		...(Object.fromEntries(
			WEEKDAYS.map((d) => [`hours-${d}`, text(100).refine((v) => parseDayHours(d, v) !== null, 'error.hoursFormat')])
		) as Record<never, z.ZodString>)
	})
	.superRefine((v, ctx) => {
		if (!v.costFree && !v.costText)
			ctx.addIssue({ code: 'custom', path: ['costText'], message: 'error.costTextRequired' });
		if (v.validFrom && v.validTo && v.validTo < v.validFrom)
			ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'error.dateOrder' });
		const values = v as Record<string, unknown>;
		for (let i = 0; i < MAX_LOCATIONS; i++) {
			const lat = values[locationKey(i, 'lat')];
			const lng = values[locationKey(i, 'lng')];
			if ((lat === '') !== (lng === ''))
				ctx.addIssue({
					code: 'custom',
					path: [locationKey(i, lat === '' ? 'lat' : 'lng')],
					message: 'error.coordinatePair'
				});
		}
	});

/** The parsed form: the named fields, plus hours per weekday, location blocks and translations by key. */
export type OfferFormInput = z.output<typeof offerFormSchema> & Record<string, unknown>;

export type LocationInput = {
	label: string;
	street: string;
	postcode: string;
	city: string;
	districtId: string | null;
	lat: number | null;
	lng: number | null;
};

/** The filled location blocks of the form (a block counts when it has a street, postcode, district or coordinates). */
export function locationsFromForm(input: Record<string, unknown>): LocationInput[] {
	const out: LocationInput[] = [];
	for (let i = 0; i < MAX_LOCATIONS; i++) {
		const get = (f: LocationField) => String(input[locationKey(i, f)] ?? '').trim();
		if (!get('street') && !get('postcode') && !get('districtId') && !get('lat')) continue;
		out.push({
			label: get('label'),
			street: get('street'),
			postcode: get('postcode'),
			city: get('city'),
			districtId: get('districtId') || null,
			lat: get('lat') ? Number(get('lat').replace(',', '.')) : null,
			lng: get('lng') ? Number(get('lng').replace(',', '.')) : null
		});
	}
	return out;
}

/** Translations from the form; a language without any text is left out. */
export function translationsFromForm(
	input: Record<string, unknown>
): Record<string, { title?: string; summary?: string; description?: string }> {
	const out: Record<string, { title?: string; summary?: string; description?: string }> = {};
	for (const locale of TRANSLATION_LOCALES) {
		const entry: { title?: string; summary?: string; description?: string } = {};
		for (const f of TRANSLATION_FIELDS) {
			const value = String(input[translationKey(locale, f)] ?? '').trim();
			if (value) entry[f] = value;
		}
		if (Object.keys(entry).length > 0) out[locale] = entry;
	}
	return out;
}

export function weeklyFromForm(input: Record<string, unknown>): WeeklySlot[] {
	return WEEKDAYS.flatMap((d) => parseDayHours(d, String(input[`hours-${d}`] ?? '')) ?? []);
}

export const OFFER_LIST_FIELDS = ['lifeStages', 'topics', 'accessibility', 'serviceDistrictIds'] as const;
export const OFFER_BOOLEAN_FIELDS = [
	'costFree',
	'registrationRequired',
	'markVerified',
	'servesWholeNetwork',
	'contactRequestsEnabled'
] as const;

/** Form data → plain object for the schema: lists from repeated fields, checkboxes as booleans. */
export function offerFormObject(form: FormData): Record<string, unknown> {
	const object: Record<string, unknown> = {};
	for (const [key, value] of form.entries()) if (typeof value === 'string') object[key] = value;
	for (const key of OFFER_LIST_FIELDS) object[key] = form.getAll(key).filter((v) => typeof v === 'string');
	for (const key of OFFER_BOOLEAN_FIELDS) object[key] = form.get(key) === 'on';
	return object;
}
