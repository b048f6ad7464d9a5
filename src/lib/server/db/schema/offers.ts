import { sql } from 'drizzle-orm';
import {
	boolean,
	customType,
	date,
	doublePrecision,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { networks, type WeeklySlot } from './tenancy';
import { organisations } from './organisations';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const LIFE_STAGES = ['schwangerschaft', '0-1', '1-3', 'kita', 'grundschule', 'uebergreifend'] as const;
export type LifeStage = (typeof LIFE_STAGES)[number];
export const OFFER_TYPES = ['beratung', 'hausbesuch', 'gruppe', 'kurs', 'sprechstunde', 'online', 'telefon'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];
export const PREVENTION_LEVELS = ['universell', 'selektiv', 'indiziert'] as const;
export type PreventionLevel = (typeof PREVENTION_LEVELS)[number];
export const OFFER_STATUSES = ['draft', 'review', 'published', 'archived'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const ACCESSIBILITY_FEATURES = [
	'stufenlos',
	'wc',
	'gebaerdensprache',
	'leichte_sprache',
	'induktionsschleife'
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export type OfferTranslation = { title?: string; summary?: string; description?: string };
/** A closure or short-term notice ("fällt am … aus", holiday closure), dates inclusive. */
export type ScheduleException = { from: string; to: string; note: string };
/** A single date of a course or event, times in Berlin time. */
export type ScheduleDate = { date: string; start: string; end: string };
export type OfferSchedule = {
	weekly: WeeklySlot[];
	note?: string;
	exceptions?: ScheduleException[];
	dates?: ScheduleDate[];
};

/** Stadtteil / Sozialraum / Gemeinde of a network. */
export const districts = pgTable(
	'districts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		postcodes: text('postcodes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		geojson: jsonb('geojson')
	},
	(t) => [
		uniqueIndex('districts_network_name_idx').on(t.networkId, t.name),
		unique('districts_network_id_id_unique').on(t.networkId, t.id)
	]
);

/** Per-network topic taxonomy (Thema). */
export const topics = pgTable(
	'topics',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [uniqueIndex('topics_network_slug_idx').on(t.networkId, t.slug)]
);

/** A group of search terms that mean the same (Kinderarzt ≈ Pädiater …), per network. */
export const synonymGroups = pgTable(
	'synonym_groups',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		terms: text('terms').array().notNull()
	},
	(t) => [index('synonym_groups_network_idx').on(t.networkId)]
);

export const offers = pgTable(
	'offers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id'),
		/** Stable id from an import file (or the offer's own id on export): re-import updates. */
		externalId: text('external_id'),
		title: text('title').notNull(),
		summary: text('summary').notNull().default(''),
		description: text('description').notNull().default(''),
		lifeStages: text('life_stages')
			.array()
			.$type<LifeStage[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		topics: text('topics')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		offerType: text('offer_type').$type<OfferType>().notNull(),
		targetGroups: text('target_groups')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		preventionLevel: text('prevention_level').$type<PreventionLevel>().notNull().default('universell'),
		costFree: boolean('cost_free').notNull().default(true),
		costText: text('cost_text').notNull().default(''),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{de}'::text[]`),
		accessibility: text('accessibility')
			.array()
			.$type<AccessibilityFeature[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		registrationRequired: boolean('registration_required').notNull().default(false),
		schedule: jsonb('schedule').$type<OfferSchedule>().notNull().default({ weekly: [] }),
		contactPhone: text('contact_phone').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		contactWeb: text('contact_web').notNull().default(''),
		validFrom: date('valid_from'),
		validTo: date('valid_to'),
		status: text('status').$type<OfferStatus>().notNull().default('draft'),
		verifiedAt: timestamp('verified_at', { withTimezone: true }),
		/** Freshness job bookkeeping: when the provider was reminded / told the offer is hidden (reset on verification). */
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		hiddenNoticeSentAt: timestamp('hidden_notice_sent_at', { withTimezone: true }),
		translations: jsonb('translations').$type<Record<string, OfferTranslation>>().notNull().default({}),
		/** Denormalised from offer_locations (syncLocationSummary) so search needs no per-row lookups. */
		districtIds: text('district_ids')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		lats: doublePrecision('lats')
			.array()
			.notNull()
			.default(sql`'{}'::float8[]`),
		lngs: doublePrecision('lngs')
			.array()
			.notNull()
			.default(sql`'{}'::float8[]`),
		/**
		 * Einzugsgebiet (issue 15): districts the offer serves besides those of its locations
		 * (a Familienhebamme visits homes and has no location), or the whole network area.
		 */
		serviceDistrictIds: text('service_district_ids')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		servesWholeNetwork: boolean('serves_whole_network').notNull().default(false),
		/** "Bitte um Kontakt" (issue 16): parents may ask the provider to get in touch from the offer page. */
		contactRequestsEnabled: boolean('contact_requests_enabled').notNull().default(false),
		/** Provider name and topic names, kept by the use cases, so the generated search vector can include them. */
		searchExtra: text('search_extra').notNull().default(''),
		search: tsvector('search').generatedAlwaysAs(
			sql`setweight(to_tsvector('german', nfh_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('german', nfh_unaccent(coalesce(summary, ''))), 'B') || setweight(to_tsvector('german', nfh_unaccent(coalesce(search_extra, ''))), 'B') || setweight(to_tsvector('german', nfh_unaccent(coalesce(description, ''))), 'C')`
		),
		/** Per translation language, with its text-search configuration (migration 0027, ADR 0023). */
		searchLeicht: tsvector('search_leicht').generatedAlwaysAs(
			sql`setweight(to_tsvector('german', nfh_unaccent(coalesce(translations -> 'leicht' ->> 'title', ''))), 'A') || setweight(to_tsvector('german', nfh_unaccent(coalesce(translations -> 'leicht' ->> 'summary', ''))), 'B') || setweight(to_tsvector('german', nfh_unaccent(coalesce(translations -> 'leicht' ->> 'description', ''))), 'C')`
		),
		searchEn: tsvector('search_en').generatedAlwaysAs(
			sql`setweight(to_tsvector('english', nfh_unaccent(coalesce(translations -> 'en' ->> 'title', ''))), 'A') || setweight(to_tsvector('english', nfh_unaccent(coalesce(translations -> 'en' ->> 'summary', ''))), 'B') || setweight(to_tsvector('english', nfh_unaccent(coalesce(translations -> 'en' ->> 'description', ''))), 'C')`
		),
		searchTr: tsvector('search_tr').generatedAlwaysAs(
			sql`setweight(to_tsvector('turkish', nfh_unaccent(coalesce(translations -> 'tr' ->> 'title', ''))), 'A') || setweight(to_tsvector('turkish', nfh_unaccent(coalesce(translations -> 'tr' ->> 'summary', ''))), 'B') || setweight(to_tsvector('turkish', nfh_unaccent(coalesce(translations -> 'tr' ->> 'description', ''))), 'C')`
		),
		searchRu: tsvector('search_ru').generatedAlwaysAs(
			sql`setweight(to_tsvector('russian', nfh_unaccent(coalesce(translations -> 'ru' ->> 'title', ''))), 'A') || setweight(to_tsvector('russian', nfh_unaccent(coalesce(translations -> 'ru' ->> 'summary', ''))), 'B') || setweight(to_tsvector('russian', nfh_unaccent(coalesce(translations -> 'ru' ->> 'description', ''))), 'C')`
		),
		searchAr: tsvector('search_ar').generatedAlwaysAs(
			sql`setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'ar' ->> 'title', ''))), 'A') || setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'ar' ->> 'summary', ''))), 'B') || setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'ar' ->> 'description', ''))), 'C')`
		),
		searchFa: tsvector('search_fa').generatedAlwaysAs(
			sql`setweight(to_tsvector('simple', nfh_unaccent(replace(coalesce(translations -> 'fa' ->> 'title', ''), U&'\\200C', ' '))), 'A') || setweight(to_tsvector('simple', nfh_unaccent(replace(coalesce(translations -> 'fa' ->> 'summary', ''), U&'\\200C', ' '))), 'B') || setweight(to_tsvector('simple', nfh_unaccent(replace(coalesce(translations -> 'fa' ->> 'description', ''), U&'\\200C', ' '))), 'C')`
		),
		searchUk: tsvector('search_uk').generatedAlwaysAs(
			sql`setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'uk' ->> 'title', ''))), 'A') || setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'uk' ->> 'summary', ''))), 'B') || setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'uk' ->> 'description', ''))), 'C')`
		),
		searchPl: tsvector('search_pl').generatedAlwaysAs(
			sql`setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'pl' ->> 'title', ''))), 'A') || setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'pl' ->> 'summary', ''))), 'B') || setweight(to_tsvector('simple', nfh_unaccent(coalesce(translations -> 'pl' ->> 'description', ''))), 'C')`
		),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('offers_network_status_idx').on(t.networkId, t.status),
		uniqueIndex('offers_external_id_idx').on(t.networkId, t.externalId),
		index('offers_search_idx').using('gin', t.search),
		index('offers_title_trgm_idx').using('gin', sql`nfh_unaccent(lower(${t.title})) gin_trgm_ops`),
		unique('offers_network_id_id_unique').on(t.networkId, t.id),
		// The migration clears only organisation_id (ON DELETE SET NULL (organisation_id)), never network_id.
		foreignKey({
			name: 'offers_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('set null')
	]
);

export const offerLocations = pgTable(
	'offer_locations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		offerId: uuid('offer_id').notNull(),
		label: text('label').notNull().default(''),
		street: text('street').notNull().default(''),
		postcode: text('postcode').notNull().default(''),
		city: text('city').notNull().default(''),
		districtId: uuid('district_id'),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		/** Order of the locations as entered (form blocks, spreadsheet columns). */
		position: integer('position').notNull().default(0)
	},
	(t) => [
		index('offer_locations_offer_idx').on(t.offerId),
		index('offer_locations_network_idx').on(t.networkId),
		foreignKey({
			name: 'offer_locations_offer_id_fk',
			columns: [t.networkId, t.offerId],
			foreignColumns: [offers.networkId, offers.id]
		}).onDelete('cascade'),
		// ON DELETE SET NULL (district_id) in the migration: deleting a district keeps the location in its network.
		foreignKey({
			name: 'offer_locations_district_id_fk',
			columns: [t.networkId, t.districtId],
			foreignColumns: [districts.networkId, districts.id]
		}).onDelete('set null')
	]
);

/** The words of all offers of a network, for "Meinten Sie …?" and typo-tolerant search (pg_trgm). */
export const searchWords = pgTable(
	'search_words',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		word: text('word').notNull(),
		frequency: integer('frequency').notNull().default(1)
	},
	(t) => [
		uniqueIndex('search_words_pk').on(t.networkId, t.word),
		index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)
	]
);

/**
 * Anonymous search statistics: per day, normalised term, filters and result count —
 * nothing about the person. Feeds planning ("what families search and do not find").
 */
export const searchStats = pgTable(
	'search_stats',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		day: date('day').notNull(),
		term: text('term').notNull(),
		filters: text('filters').notNull(),
		resultCount: integer('result_count').notNull(),
		searches: integer('searches').notNull().default(1)
	},
	(t) => [uniqueIndex('search_stats_key').on(t.networkId, t.day, t.term, t.filters, t.resultCount)]
);

export const OFFER_VERSION_STATES = ['pending', 'approved', 'returned', 'applied', 'superseded'] as const;
export type OfferVersionState = (typeof OFFER_VERSION_STATES)[number];

/**
 * Every version of an offer. A coordinator's save is stored as `applied`; a provider's
 * change to a published offer waits as `pending` until the coordinator approves it
 * (→ `approved`, then live) or sends it back (→ `returned`, with a comment).
 * `data` is the offer form's values, so a version can be shown, compared and restored.
 */
export const offerVersions = pgTable(
	'offer_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		offerId: uuid('offer_id').notNull(),
		data: jsonb('data').$type<Record<string, string | string[] | boolean>>().notNull(),
		state: text('state').$type<OfferVersionState>().notNull(),
		/** The offer's `version` this change was made against (for the review diff). */
		baseVersion: integer('base_version').notNull(),
		authorUserId: uuid('author_user_id'),
		authorName: text('author_name').notNull().default(''),
		comment: text('comment').notNull().default(''),
		decidedByName: text('decided_by_name').notNull().default(''),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('offer_versions_offer_idx').on(t.offerId, t.createdAt),
		index('offer_versions_network_state_idx').on(t.networkId, t.state),
		foreignKey({
			name: 'offer_versions_offer_id_fk',
			columns: [t.networkId, t.offerId],
			foreignColumns: [offers.networkId, offers.id]
		}).onDelete('cascade')
	]
);

/** "Still current" links from freshness reminders: stored hashed, single use, expiring. */
export const offerConfirmations = pgTable(
	'offer_confirmations',
	{
		id: text('id').primaryKey(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		offerId: uuid('offer_id').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('offer_confirmations_offer_idx').on(t.offerId),
		foreignKey({
			name: 'offer_confirmations_offer_id_fk',
			columns: [t.networkId, t.offerId],
			foreignColumns: [offers.networkId, offers.id]
		}).onDelete('cascade')
	]
);
