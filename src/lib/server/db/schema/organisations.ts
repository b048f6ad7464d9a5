import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	foreignKey,
	integer,
	pgTable,
	text,
	timestamp,
	unique,
	uuid,
	index,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { networks } from './tenancy';

export const MEMBERSHIP_STATUSES = ['angefragt', 'mitglied', 'kooperationspartner', 'ruhend', 'ausgetreten'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Member or provider organisation: the profile a provider keeps up to date (network management extends it). */
export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		/** Stable id from an import file: re-importing the same row updates instead of duplicating. */
		externalId: text('external_id'),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		street: text('street').notNull().default(''),
		postcode: text('postcode').notNull().default(''),
		city: text('city').notNull().default(''),
		phone: text('phone').notNull().default(''),
		email: text('email').notNull().default(''),
		web: text('web').notNull().default(''),
		districtIds: text('district_ids')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Serves the whole network area (then district_ids, "Versorgte Stadtteile", is not needed). */
		servesWholeNetwork: boolean('serves_whole_network').notNull().default(false),
		/** Partnerkategorie nach § 3 KKG (per-network taxonomy). */
		partnerCategoryId: uuid('partner_category_id'),
		/** Current membership status (null: not a network member, e.g. only an offer provider); history in membership_events. */
		membershipStatus: text('membership_status').$type<MembershipStatus>(),
		/** The organisation agreed to be listed on the public network page. */
		listedPublicly: boolean('listed_publicly').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('organisations_network_idx').on(t.networkId),
		uniqueIndex('organisations_external_id_idx').on(t.networkId, t.externalId),
		unique('organisations_network_id_id_unique').on(t.networkId, t.id),
		// ON DELETE SET NULL (partner_category_id) in the migration: network_id stays.
		foreignKey({
			name: 'organisations_partner_category_id_fk',
			columns: [t.networkId, t.partnerCategoryId],
			foreignColumns: [partnerCategories.networkId, partnerCategories.id]
		}).onDelete('set null')
	]
);

/** Partnerkategorien nach § 3 KKG, per network (a default list from real networks, editable). */
export const partnerCategories = pgTable(
	'partner_categories',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		uniqueIndex('partner_categories_network_name_idx').on(t.networkId, t.name),
		unique('partner_categories_network_id_id_unique').on(t.networkId, t.id)
	]
);

/** Dated membership history: every status change of an organisation, with the date it takes effect. */
export const membershipEvents = pgTable(
	'membership_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').notNull(),
		status: text('status').$type<MembershipStatus>().notNull(),
		validFrom: date('valid_from').notNull(),
		note: text('note').notNull().default(''),
		recordedByName: text('recorded_by_name').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('membership_events_org_idx').on(t.organisationId, t.validFrom),
		foreignKey({
			name: 'membership_events_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('cascade')
	]
);

export const CONTACT_VISIBILITIES = ['public', 'network', 'coordination'] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITIES)[number];
export const CONSENT_METHODS = ['schriftlich', 'email', 'online', 'muendlich'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * Ansprechperson at an organisation. What others may see is `visibility`, but only while a
 * consent is recorded and not revoked; without consent only the coordination sees the contact.
 */
export const contacts = pgTable(
	'contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').notNull(),
		name: text('name').notNull(),
		role: text('role').notNull().default(''),
		phone: text('phone').notNull().default(''),
		email: text('email').notNull().default(''),
		visibility: text('visibility').$type<ContactVisibility>().notNull().default('coordination'),
		consentTextVersion: text('consent_text_version'),
		consentAt: date('consent_at'),
		consentMethod: text('consent_method').$type<ConsentMethod>(),
		consentRevokedAt: date('consent_revoked_at'),
		/** Does not want non-essential circulars (set by the person via the link in every circular). */
		circularOptOut: boolean('circular_opt_out').notNull().default(false),
		/** SHA-256 hashes of the opt-out links in the circulars sent to this person (each circular its own link). */
		tokenHashes: text('opt_out_token_hashes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('contacts_org_idx').on(t.organisationId),
		index('contacts_network_idx').on(t.networkId),
		index('contacts_opt_out_token_hashes_idx').using('gin', t.tokenHashes),
		unique('contacts_network_id_id_unique').on(t.networkId, t.id),
		foreignKey({
			name: 'contacts_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('cascade')
	]
);

/** Rundschreiben: a message to members chosen by filter, sent through the outbox. */
export const circulars = pgTable(
	'circulars',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		/** Essential circulars (e.g. changes to the agreement) also reach people who opted out. */
		essential: boolean('essential').notNull().default(false),
		filter: text('filter').notNull().default(''),
		recipientCount: integer('recipient_count').notNull().default(0),
		sentByName: text('sent_by_name').notNull().default(''),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('circulars_network_idx').on(t.networkId, t.sentAt)]
);
