import {
	bigint,
	date,
	foreignKey,
	index,
	integer,
	numeric,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { bytea } from './columns';
import { networks } from './tenancy';
import { districts } from './offers';
import { contacts, organisations } from './organisations';
import { meetings, meetingInvitations } from './bodies';

/**
 * Population figures of one district in one year (issue 15): typed in the table on
 * /intern/planung/bevoelkerung or imported from CSV/XLSX. A figure not known is null (not 0).
 * `extra` is the optional free figure the network names in planning_settings.extra_figure_name.
 */
export const populationFigures = pgTable(
	'population_figures',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		districtId: uuid('district_id').notNull(),
		year: integer('year').notNull(),
		children0to3: integer('children_0_3'),
		children3to6: integer('children_3_6'),
		births: integer('births'),
		children0to3Sgb2: integer('children_0_3_sgb2'),
		extra: integer('extra'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.districtId, t.year] }),
		index('population_figures_network_year_idx').on(t.networkId, t.year),
		foreignKey({
			name: 'population_figures_district_id_fk',
			columns: [t.networkId, t.districtId],
			foreignColumns: [districts.networkId, districts.id]
		}).onDelete('cascade')
	]
);

/** Planning settings of a network (one row per network; defaults when missing). */
export const planningSettings = pgTable('planning_settings', {
	networkId: uuid('network_id')
		.primaryKey()
		.references(() => networks.id, { onDelete: 'cascade' }),
	/** Name of the optional free population figure ("Kinder mit Fluchterfahrung"); '' = not used. */
	extraFigureName: text('extra_figure_name').notNull().default(''),
	/** Gap mark below this many offers per 100 children; null = below half the network's median. */
	gapThreshold: numeric('gap_threshold', { precision: 8, scale: 2 }),
	version: integer('version').notNull().default(1)
});

/**
 * Funding helper (Bundesstiftung Frühe Hilfen) per year: the Land's total of children 0–3 in
 * SGB II households (typed in) and the allocation the coordinator enters, in cents.
 * The network's own figure is the sum of population_figures.children_0_3_sgb2 of that year.
 */
export const fundingYears = pgTable(
	'funding_years',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		landChildren0to3Sgb2: integer('land_children_0_3_sgb2'),
		allocationCents: bigint('allocation_cents', { mode: 'number' }),
		note: text('note').notNull().default(''),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.networkId, t.year] })]
);

/**
 * Who attended a meeting (issue 15 item 4): ticked from the RSVP list (invitation_id) or added
 * without RSVP (a contact, or a free name). organisation_id gives the § 3 KKG partner category.
 */
export const meetingAttendance = pgTable(
	'meeting_attendance',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		meetingId: uuid('meeting_id').notNull(),
		invitationId: uuid('invitation_id'),
		contactId: uuid('contact_id'),
		organisationId: uuid('organisation_id'),
		name: text('name').notNull(),
		organisationName: text('organisation_name').notNull().default(''),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('meeting_attendance_meeting_idx').on(t.meetingId),
		unique('meeting_attendance_invitation_unique').on(t.meetingId, t.invitationId),
		unique('meeting_attendance_contact_unique').on(t.meetingId, t.contactId),
		foreignKey({
			name: 'meeting_attendance_meeting_id_fk',
			columns: [t.networkId, t.meetingId],
			foreignColumns: [meetings.networkId, meetings.id]
		}).onDelete('cascade'),
		// ON DELETE SET NULL (column) in the migration for the three below: network_id stays.
		foreignKey({
			name: 'meeting_attendance_invitation_id_fk',
			columns: [t.networkId, t.invitationId],
			foreignColumns: [meetingInvitations.networkId, meetingInvitations.id]
		}).onDelete('set null'),
		foreignKey({
			name: 'meeting_attendance_contact_id_fk',
			columns: [t.networkId, t.contactId],
			foreignColumns: [contacts.networkId, contacts.id]
		}).onDelete('set null'),
		foreignKey({
			name: 'meeting_attendance_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('set null')
	]
);

/** A search term the coordinator noted as a gap in the offers (demand signals, "als Lücke notieren"). */
export const demandGaps = pgTable(
	'demand_gaps',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		term: text('term').notNull(),
		note: text('note').notNull().default(''),
		/** First month the term was seen without results (yyyy-mm-01), for the report. */
		month: date('month'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [unique('demand_gaps_network_term_unique').on(t.networkId, t.term)]
);

/** A Jahresbericht the coordinator published on the public network page (the PDF as generated then). */
export const publishedReports = pgTable(
	'published_reports',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		pdf: bytea('pdf').notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.networkId, t.year] })]
);
