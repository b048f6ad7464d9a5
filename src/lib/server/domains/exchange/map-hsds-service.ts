import { catalogLabel } from '$lib/message-keys';
import type { offerLocations, offers, organisations } from '$lib/server/db/schema';
import { t } from '$lib/i18n';
import { berlinDay, TIME_ZONE } from '$lib/time';
import { clean, offsetOn, oneToOne, type HsdsContext, type Json } from './hsds-helpers';
import { stableUuid, type TaxonomyKey } from './hsds-ids';
import { hsdsTerm, TAXONOMY_INFO } from './map-hsds-taxonomies';
import { hsdsLocation, hsdsOrganization, locationId } from './map-hsds-organization';
import { WHOLE_NETWORK_CELL } from './offer-columns';

type OfferRow = typeof offers.$inferSelect;
type OrgRow = typeof organisations.$inferSelect;
type LocationRow = typeof offerLocations.$inferSelect;

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const LANGUAGE_NAMES: Record<string, string> = {
	de: 'Deutsch',
	en: 'English',
	tr: 'Türkçe',
	ar: 'العربية',
	ru: 'Русский',
	uk: 'Українська',
	pl: 'Polski',
	fa: 'فارسی',
	fr: 'Français',
	es: 'Español',
	it: 'Italiano',
	ku: 'Kurdî',
	ro: 'Română',
	bg: 'Български',
	so: 'Soomaali',
	ti: 'ትግርኛ',
	prs: 'دری',
	ps: 'پښتو',
	sq: 'Shqip'
};

/**
 * HSDS recommends times with their UTC offset. Weekly hours carry the offset of the day of
 * the answer (they follow the clock, summer or winter); a single date carries its own.
 */
function schedulesOf(o: OfferRow, today: string) {
	const now = offsetOn(today);
	const weekly = o.schedule.weekly.map((s) =>
		clean({
			id: stableUuid(o.id, 'schedule', String(s.day), s.opens, s.closes),
			service_id: o.id,
			freq: 'WEEKLY',
			interval: 1,
			byday: DAY_CODES[s.day - 1],
			opens_at: `${s.opens}${now}`,
			closes_at: `${s.closes}${now}`,
			wkst: 'MO',
			description: t('server.hsds.weeklyHours', {
				weekday: catalogLabel(t, 'weekday.', String(s.day)),
				opens: s.opens,
				closes: s.closes,
				zone: TIME_ZONE
			}),
			notes: o.schedule.note ?? ''
		})
	);
	const dates = (o.schedule.dates ?? [])
		.filter((d) => d.date >= today)
		.map((d) =>
			clean({
				id: stableUuid(o.id, 'date', d.date, d.start),
				service_id: o.id,
				dtstart: d.date,
				valid_from: d.date,
				valid_to: d.date,
				opens_at: `${d.start}${offsetOn(d.date)}`,
				closes_at: `${d.end}${offsetOn(d.date)}`,
				description: t('server.hsds.courseDate', { day: d.date, start: d.start, end: d.end, zone: TIME_ZONE })
			})
		);
	return [...weekly, ...dates];
}

/** The offer's parts that HSDS keeps in lists of their own: languages, phones, taxonomy attributes. */
function servicePartsOf(c: HsdsContext, o: OfferRow) {
	const languages = o.languages.map((code) =>
		clean({ id: stableUuid(o.id, 'language', code), service_id: o.id, name: LANGUAGE_NAMES[code] ?? code, code })
	);
	const phones = o.contactPhone
		? [clean({ id: stableUuid(o.id, 'phone'), service_id: o.id, number: o.contactPhone, type: 'voice' })]
		: [];
	const attribute = (key: TaxonomyKey, code: string, name: string) => {
		const term = hsdsTerm(c, key, code, name);
		return clean({
			id: stableUuid(o.id, 'attribute', key, code),
			link_id: o.id,
			link_type: TAXONOMY_INFO[key].linkType,
			link_entity: 'service',
			taxonomy_term_id: term.id as string,
			taxonomy_term: term,
			value: code,
			label: name
		});
	};
	const topicName = new Map(c.topics.map((x) => [x.slug, x.name]));
	const attributes = [
		...o.lifeStages.map((s) => attribute('lebensphase', s, t(`lifeStage.${s}`))),
		...o.topics.map((s) => attribute('thema', s, topicName.get(s) ?? s)),
		attribute('angebotsart', o.offerType, t(`offerType.${o.offerType}`))
	];
	return { languages, phones, attributes };
}

/**
 * The offer's Einzugsgebiet as HSDS service areas: one per district it serves besides its
 * locations (named like the district, so the import finds it again), or one for the whole
 * network area. The locations' own districts are in service_at_locations already.
 */
function serviceAreasOf(c: HsdsContext, o: OfferRow) {
	if (o.servesWholeNetwork)
		return [
			clean({
				id: stableUuid(o.id, 'service_area', '*'),
				service_id: o.id,
				name: WHOLE_NETWORK_CELL,
				description: t('server.hsds.wholeNetwork', { municipality: c.network.municipality })
			})
		];
	return o.serviceDistrictIds.flatMap((id) => {
		const name = c.districtName.get(id);
		return name
			? [
					clean({
						id: stableUuid(o.id, 'service_area', id),
						service_id: o.id,
						name,
						description: t('server.hsds.serviceArea', { district: name })
					})
				]
			: [];
	});
}

/** One published offer as a fully nested HSDS service. */
export function hsdsService(c: HsdsContext, o: OfferRow, org: OrgRow | null, locations: LocationRow[], today: string) {
	const alerts = (o.schedule.exceptions ?? [])
		.filter((e) => e.to >= today)
		.map((e) => t('server.hsds.closure', { from: e.from, to: e.to, note: e.note }));
	const { languages, phones, attributes } = servicePartsOf(c, o);
	return clean({
		id: o.id,
		organization_id: o.organisationId ?? '',
		name: o.title,
		alternate_name: o.summary,
		description: o.description || o.summary,
		url: o.contactWeb,
		email: o.contactEmail,
		status: 'active',
		fees_description: o.costFree ? t('server.hsds.costFree') : o.costText,
		application_process: t(o.registrationRequired ? 'server.hsds.registrationRequired' : 'server.hsds.noRegistration'),
		eligibility_description: [o.lifeStages.map((s) => t(`lifeStage.${s}`)).join(', '), o.targetGroups.join(', ')]
			.filter(Boolean)
			.join('; '),
		assured_date: o.verifiedAt ? berlinDay(o.verifiedAt) : '',
		last_modified: o.updatedAt.toISOString(),
		alert: alerts.join('\n'),
		phones,
		schedules: schedulesOf(o, today),
		languages,
		contacts:
			o.contactEmail || o.contactPhone
				? [
						clean({
							id: stableUuid(o.id, 'contact'),
							service_id: o.id,
							name: org?.name ?? '',
							email: o.contactEmail,
							phones: phones.map((p) => ({ ...p, contact_id: stableUuid(o.id, 'contact') }))
						})
					]
				: [],
		attributes,
		service_areas: serviceAreasOf(c, o),
		organization: org ? hsdsOrganization(c, org) : undefined,
		service_at_locations: locations.map((l) =>
			clean({
				id: stableUuid(locationId(l), 'service_at_location'),
				service_id: o.id,
				location_id: locationId(l),
				location: hsdsLocation(c, l)
			})
		)
	});
}

/** The lean list form (one-to-one fields only), as the HSDA list endpoints return it. */
export const leanService = (service: Json): Json => oneToOne(service);
