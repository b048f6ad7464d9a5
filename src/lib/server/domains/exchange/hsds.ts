import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	LIFE_STAGES,
	OFFER_TYPES,
	districts,
	networks,
	offerLocations,
	offers,
	organisations,
	topics
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { stillFreshSql } from '$lib/server/domains/offers/freshness';
import { searchOffers } from '$lib/server/domains/offers/search-offers';
import { t, type MessageKey } from '$lib/i18n';

/**
 * Open Referral HSDS 3.0: a network's published offers as services, their providers as
 * organizations, places as locations, life stage / topic / offer type as taxonomies.
 * Identifiers are stable UUIDs: our own row ids, and for parts without a row of their own
 * (phones, schedules, languages, terms …) name-based UUIDs derived from the row id, so the
 * same data always gets the same ids. Empty optional fields are left out (HSDS fields are
 * typed strings, `null` would not validate).
 */
export const HSDS_VERSION = '3.0';
const NAMESPACE = 'nfh-hsds';

/** A name-based UUID (version 5 layout, SHA-1) for a part without its own row. */
export function stableUuid(...parts: string[]): string {
	const h = createHash('sha1')
		.update([NAMESPACE, ...parts].join('|'))
		.digest();
	h[6] = (h[6]! & 0x0f) | 0x50;
	h[8] = (h[8]! & 0x3f) | 0x80;
	const x = h.subarray(0, 16).toString('hex');
	return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

type Json = Record<string, unknown>;
/** Drops empty strings, nulls and empty arrays. */
function clean<T extends Json>(o: T): T {
	return Object.fromEntries(
		Object.entries(o).filter(
			([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)
		)
	) as T;
}

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

export type TaxonomyKey = 'lebensphase' | 'thema' | 'angebotsart';
const TAXONOMY_INFO: Record<TaxonomyKey, { name: string; description: string; linkType: string }> = {
	lebensphase: {
		name: 'Lebensphase',
		description: 'Für welches Alter des Kindes oder welche Lebensphase der Familie das Angebot gedacht ist.',
		linkType: 'audience'
	},
	thema: { name: 'Thema', description: 'Worum es im Angebot geht (Themen des Netzwerks).', linkType: 'topic' },
	angebotsart: {
		name: 'Angebotsart',
		description: 'In welcher Form das Angebot stattfindet.',
		linkType: 'service_type'
	}
};

export const taxonomyId = (networkId: string, key: TaxonomyKey) => stableUuid(networkId, 'taxonomy', key);
export const termId = (networkId: string, key: TaxonomyKey, code: string) => stableUuid(networkId, 'term', key, code);

type Context = {
	network: { id: string; slug: string; name: string; municipality: string };
	topics: { slug: string; name: string }[];
	districtName: Map<string, string>;
	baseUrl: string;
};

export function hsdsTaxonomies(c: Context) {
	return (Object.keys(TAXONOMY_INFO) as TaxonomyKey[]).map((key) =>
		clean({
			id: taxonomyId(c.network.id, key),
			name: TAXONOMY_INFO[key].name,
			description: TAXONOMY_INFO[key].description,
			uri: `${c.baseUrl}/api/v1/${c.network.slug}/taxonomies/${taxonomyId(c.network.id, key)}`,
			version: '1'
		})
	);
}

function termsOf(c: Context, key: TaxonomyKey): { code: string; name: string }[] {
	if (key === 'lebensphase') return LIFE_STAGES.map((code) => ({ code, name: t(`lifeStage.${code}` as MessageKey) }));
	if (key === 'angebotsart') return OFFER_TYPES.map((code) => ({ code, name: t(`offerType.${code}` as MessageKey) }));
	return c.topics.map((x) => ({ code: x.slug, name: x.name }));
}

export function hsdsTerm(c: Context, key: TaxonomyKey, code: string, name: string) {
	return clean({
		id: termId(c.network.id, key, code),
		code,
		name,
		description: `${TAXONOMY_INFO[key].name}: ${name}`,
		taxonomy_id: taxonomyId(c.network.id, key),
		language: 'de'
	});
}

export function hsdsTaxonomyTerms(c: Context) {
	return (Object.keys(TAXONOMY_INFO) as TaxonomyKey[]).flatMap((key) =>
		termsOf(c, key).map((x) => hsdsTerm(c, key, x.code, x.name))
	);
}

type OfferRow = typeof offers.$inferSelect;
type OrgRow = typeof organisations.$inferSelect;
type LocationRow = typeof offerLocations.$inferSelect;

/** `services` are the organization's services in the lean form (the official schema asks for id, name and status). */
export function hsdsOrganization(c: Context, o: OrgRow, services?: Json[]) {
	return clean({
		id: o.id,
		name: o.name,
		description: o.description || o.name,
		email: o.email,
		website: o.web,
		phones: o.phone
			? [clean({ id: stableUuid(o.id, 'phone'), organization_id: o.id, number: o.phone, type: 'voice', languages: [] })]
			: [],
		services
	});
}

/**
 * Locations are rewritten on every save, so their HSDS id comes from the offer and the
 * location's place in it: the same place keeps the same id.
 */
const locationId = (l: LocationRow) => stableUuid(l.offerId, 'location', String(l.position));

export function hsdsLocation(c: Context, l: LocationRow) {
	const id = locationId(l);
	const address =
		l.street && l.city && l.postcode
			? [
					clean({
						id: stableUuid(id, 'address'),
						location_id: id,
						address_1: l.street,
						city: l.city,
						state_province: c.network.municipality,
						postal_code: l.postcode,
						country: 'DE',
						address_type: 'physical'
					})
				]
			: [];
	return clean({
		id,
		location_type: 'physical',
		name: l.label,
		description: l.districtId ? `Stadtteil ${c.districtName.get(l.districtId) ?? ''}`.trim() : '',
		latitude: l.lat ?? undefined,
		longitude: l.lng ?? undefined,
		addresses: address
	});
}

/** The UTC offset of Europe/Berlin on a day, as "+01:00" (winter) or "+02:00" (summer). */
export function berlinOffset(day: string): string {
	const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' })
		.formatToParts(new Date(`${day}T12:00:00Z`))
		.find((p) => p.type === 'timeZoneName')?.value;
	return name?.replace(/^GMT/, '') || '+00:00';
}

/**
 * HSDS recommends times with their UTC offset. Weekly hours carry the offset of the day of
 * the answer (they follow the clock, summer or winter); a single date carries its own.
 */
function schedulesOf(o: OfferRow, today: string) {
	const now = berlinOffset(today);
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
			description: `${t(`weekday.${s.day}` as MessageKey)} ${s.opens}–${s.closes} Uhr (Europe/Berlin)`,
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
				opens_at: `${d.start}${berlinOffset(d.date)}`,
				closes_at: `${d.end}${berlinOffset(d.date)}`,
				description: `Termin am ${d.date}, ${d.start}–${d.end} Uhr (Europe/Berlin)`
			})
		);
	return [...weekly, ...dates];
}

/** One published offer as a fully nested HSDS service. */
export function hsdsService(c: Context, o: OfferRow, org: OrgRow | null, locations: LocationRow[], today: string) {
	const alerts = (o.schedule.exceptions ?? [])
		.filter((e) => e.to >= today)
		.map((e) => `${e.from} bis ${e.to}: ${e.note}`);
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
	return clean({
		id: o.id,
		organization_id: o.organisationId ?? '',
		name: o.title,
		alternate_name: o.summary,
		description: o.description || o.summary,
		url: o.contactWeb,
		email: o.contactEmail,
		status: 'active',
		fees_description: o.costFree ? 'kostenlos' : o.costText,
		application_process: o.registrationRequired ? 'Anmeldung erforderlich.' : 'Ohne Anmeldung.',
		eligibility_description: [
			o.lifeStages.map((s) => t(`lifeStage.${s}` as MessageKey)).join(', '),
			o.targetGroups.join(', ')
		]
			.filter(Boolean)
			.join('; '),
		assured_date: o.verifiedAt ? o.verifiedAt.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' }) : '',
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
		attributes: [
			...o.lifeStages.map((s) => attribute('lebensphase', s, t(`lifeStage.${s}` as MessageKey))),
			...o.topics.map((s) => attribute('thema', s, topicName.get(s) ?? s)),
			attribute('angebotsart', o.offerType, t(`offerType.${o.offerType}` as MessageKey))
		],
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
export function leanService(service: Json): Json {
	return Object.fromEntries(
		Object.entries(service).filter(([, v]) => !Array.isArray(v) && (typeof v !== 'object' || v === null))
	);
}

async function context(tx: Tx, ctx: TenantContext, baseUrl: string): Promise<Context> {
	const [network] = await tx
		.select({ id: networks.id, slug: networks.slug, name: networks.name, municipality: networks.municipality })
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	if (!network) throw new AppError('not_found');
	return {
		network,
		topics: await tx
			.select({ slug: topics.slug, name: topics.name })
			.from(topics)
			.where(scoped(topics, ctx))
			.orderBy(asc(topics.position)),
		districtName: new Map(
			(await tx.select({ id: districts.id, name: districts.name }).from(districts).where(scoped(districts, ctx))).map(
				(d) => [d.id, d.name]
			)
		),
		baseUrl
	};
}

const published = (ctx: TenantContext) =>
	and(
		eq(offers.status, 'published'),
		stillFreshSql(ctx.network.id, ctx.now ?? new Date()),
		sql`(${offers.validTo} is null or ${offers.validTo} >= current_date)`
	);

const todayOf = (ctx: TenantContext) =>
	(ctx.now ?? new Date()).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

async function servicesFor(tx: Tx, ctx: TenantContext, c: Context, rows: OfferRow[]) {
	const ids = rows.map((r) => r.id);
	const orgIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
	const orgs = orgIds.length
		? await tx
				.select()
				.from(organisations)
				.where(scoped(organisations, ctx, inArray(organisations.id, orgIds)))
		: [];
	const locs = ids.length
		? await tx
				.select()
				.from(offerLocations)
				.where(scoped(offerLocations, ctx, inArray(offerLocations.offerId, ids)))
				.orderBy(asc(offerLocations.position), asc(offerLocations.id))
		: [];
	const orgById = new Map(orgs.map((o) => [o.id, o]));
	const today = todayOf(ctx);
	return rows.map((r) =>
		hsdsService(
			c,
			r,
			r.organisationId ? (orgById.get(r.organisationId) ?? null) : null,
			locs.filter((l) => l.offerId === r.id),
			today
		)
	);
}

export type Page<T> = {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: T[];
};

function page<T>(contents: T[], total: number, pageNumber: number, perPage: number): Page<T> {
	const totalPages = Math.max(1, Math.ceil(total / perPage));
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: pageNumber,
		size: contents.length,
		first_page: pageNumber === 1,
		last_page: pageNumber >= totalPages,
		empty: contents.length === 0,
		contents
	};
}

export type PageQuery = { page: number; perPage: number; q: string; full: boolean };

/** GET /services: published services, paged; `q` uses the portal's search (same ranking). */
export async function listHsdsServices(ctx: TenantContext, baseUrl: string, query: PageQuery): Promise<Page<Json>> {
	let ids: string[] | null = null;
	let total = 0;
	if (query.q) {
		const result = await searchOffers(ctx, {
			q: query.q,
			lifeStages: [],
			topics: [],
			types: [],
			districts: [],
			languages: [],
			costFree: false,
			accessible: false,
			page: query.page,
			pageSize: query.perPage
		});
		ids = result.hits.map((h) => h.id);
		total = result.total;
	}
	return tenantTx(ctx, async (tx) => {
		const c = await context(tx, ctx, baseUrl);
		let rows: OfferRow[];
		if (ids) {
			const found = ids.length
				? await tx
						.select()
						.from(offers)
						.where(scoped(offers, ctx, inArray(offers.id, ids)))
				: [];
			rows = ids.flatMap((id) => found.filter((r) => r.id === id));
		} else {
			const [{ n } = { n: 0 }] = await tx
				.select({ n: sql<number>`count(*)::int` })
				.from(offers)
				.where(scoped(offers, ctx, published(ctx)));
			total = n;
			rows = await tx
				.select()
				.from(offers)
				.where(scoped(offers, ctx, published(ctx)))
				.orderBy(asc(offers.title), asc(offers.id))
				.limit(query.perPage)
				.offset((query.page - 1) * query.perPage);
		}
		const services = await servicesFor(tx, ctx, c, rows);
		return page(query.full ? services : services.map(leanService), total, query.page, query.perPage);
	});
}

export async function getHsdsService(ctx: TenantContext, baseUrl: string, id: string): Promise<Json> {
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found');
	return tenantTx(ctx, async (tx) => {
		const c = await context(tx, ctx, baseUrl);
		const rows = await tx
			.select()
			.from(offers)
			.where(scoped(offers, ctx, eq(offers.id, id), published(ctx)));
		if (rows.length === 0) throw new AppError('not_found');
		return (await servicesFor(tx, ctx, c, rows))[0]!;
	});
}

/** Organisations that provide at least one published offer, each with the ids of those offers. */
async function providingOrganizations(
	tx: Tx,
	ctx: TenantContext,
	c: Context,
	filter: SQL | undefined,
	page: { limit: number; offset: number }
) {
	const providing = sql`exists (select 1 from offers o where o.organisation_id = ${organisations.id} and o.status = 'published' and ${stillFreshSql(ctx.network.id, ctx.now ?? new Date(), 'o')})`;
	const [{ n } = { n: 0 }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(organisations)
		.where(scoped(organisations, ctx, providing, filter));
	const rows = await tx
		.select()
		.from(organisations)
		.where(scoped(organisations, ctx, providing, filter))
		.orderBy(asc(organisations.name), asc(organisations.id))
		.limit(page.limit)
		.offset(page.offset);
	const services = rows.length
		? await tx
				.select()
				.from(offers)
				.where(
					scoped(
						offers,
						ctx,
						inArray(
							offers.organisationId,
							rows.map((r) => r.id)
						),
						published(ctx)
					)
				)
				.orderBy(asc(offers.title), asc(offers.id))
		: [];
	const today = todayOf(ctx);
	const lean = (o: OfferRow) => leanService(hsdsService(c, o, null, [], today));
	return {
		total: n,
		contents: rows.map((r) => hsdsOrganization(c, r, services.filter((s) => s.organisationId === r.id).map(lean)))
	};
}

export async function listHsdsOrganizations(
	ctx: TenantContext,
	baseUrl: string,
	query: PageQuery
): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => {
		const search = query.q
			? sql`nfh_unaccent(lower(${organisations.name})) like '%' || nfh_unaccent(lower(${query.q})) || '%'`
			: undefined;
		const found = await providingOrganizations(tx, ctx, await context(tx, ctx, baseUrl), search, {
			limit: query.perPage,
			offset: (query.page - 1) * query.perPage
		});
		return page(found.contents, found.total, query.page, query.perPage);
	});
}

export async function getHsdsOrganization(ctx: TenantContext, baseUrl: string, id: string): Promise<Json> {
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new AppError('not_found');
	return tenantTx(ctx, async (tx) => {
		const found = await providingOrganizations(tx, ctx, await context(tx, ctx, baseUrl), eq(organisations.id, id), {
			limit: 1,
			offset: 0
		});
		if (!found.contents[0]) throw new AppError('not_found');
		return found.contents[0];
	});
}

export async function listHsdsTaxonomies(ctx: TenantContext, baseUrl: string, query: PageQuery): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => {
		const all = hsdsTaxonomies(await context(tx, ctx, baseUrl));
		const slice = all.slice((query.page - 1) * query.perPage, query.page * query.perPage);
		return page(slice, all.length, query.page, query.perPage);
	});
}

export async function getHsdsTaxonomy(ctx: TenantContext, baseUrl: string, id: string): Promise<Json> {
	return tenantTx(ctx, async (tx) => {
		const c = await context(tx, ctx, baseUrl);
		const found = hsdsTaxonomies(c).find((x) => x.id === id);
		if (!found) throw new AppError('not_found');
		return found;
	});
}

export async function listHsdsTaxonomyTerms(
	ctx: TenantContext,
	baseUrl: string,
	query: PageQuery & { taxonomyId?: string }
): Promise<Page<Json>> {
	return tenantTx(ctx, async (tx) => {
		const all = hsdsTaxonomyTerms(await context(tx, ctx, baseUrl)).filter(
			(x) => !query.taxonomyId || x.taxonomy_id === query.taxonomyId
		);
		return page(
			all.slice((query.page - 1) * query.perPage, query.page * query.perPage),
			all.length,
			query.page,
			query.perPage
		);
	});
}

/** The whole published data set of a network as one HSDS 3.0 JSON document (download and import format). */
export async function exportHsds(ctx: TenantContext, baseUrl: string) {
	return tenantTx(ctx, async (tx) => {
		const c = await context(tx, ctx, baseUrl);
		const rows = await tx
			.select()
			.from(offers)
			.where(scoped(offers, ctx, published(ctx)))
			.orderBy(asc(offers.title), asc(offers.id));
		const services = await servicesFor(tx, ctx, c, rows);
		const orgIds = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
		const orgs = orgIds.length
			? await tx
					.select()
					.from(organisations)
					.where(scoped(organisations, ctx, inArray(organisations.id, orgIds)))
					.orderBy(asc(organisations.name))
			: [];
		return {
			hsds_version: HSDS_VERSION,
			publisher: { name: c.network.name, url: `${baseUrl}/${c.network.slug}` },
			generated_at: (ctx.now ?? new Date()).toISOString(),
			organizations: orgs.map((o) =>
				hsdsOrganization(c, o, services.filter((x) => x.organization_id === o.id).map(leanService))
			),
			services,
			taxonomies: hsdsTaxonomies(c),
			taxonomy_terms: hsdsTaxonomyTerms(c)
		};
	});
}
