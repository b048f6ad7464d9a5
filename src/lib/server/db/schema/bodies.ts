import { sql } from 'drizzle-orm';
import {
	boolean,
	foreignKey,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	unique,
	uuid,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { networks } from './tenancy';
import { contacts, organisations } from './organisations';

export const BODY_KINDS = [
	'netzwerkkonferenz',
	'steuerungsgruppe',
	'fachgremium',
	'arbeitsgruppe',
	'runder_tisch'
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Gremium: Netzwerkkonferenz, Steuerungsgruppe, Fachgremium, Arbeitsgruppe, Runder Tisch (also an existing external one). */
export const bodies = pgTable(
	'bodies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		kind: text('kind').$type<BodyKind>().notNull(),
		purpose: text('purpose').notNull().default(''),
		/** Every member and cooperation partner of the network belongs to it (e.g. the Netzwerkkonferenz), now and later. */
		allMembers: boolean('all_members').notNull().default(false),
		leadContactId: uuid('lead_contact_id'),
		/** An existing round table run by others, recorded here so its meetings and members are known. */
		external: text('external').notNull().default(''),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('bodies_network_name_idx').on(t.networkId, t.name),
		unique('bodies_network_id_id_unique').on(t.networkId, t.id),
		// ON DELETE SET NULL (lead_contact_id) in the migration: network_id stays.
		foreignKey({
			name: 'bodies_lead_contact_id_fk',
			columns: [t.networkId, t.leadContactId],
			foreignColumns: [contacts.networkId, contacts.id]
		}).onDelete('set null')
	]
);

/** Members of a body: organisations (their contacts get the invitations). */
export const bodyMembers = pgTable(
	'body_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id').notNull(),
		organisationId: uuid('organisation_id').notNull()
	},
	(t) => [
		uniqueIndex('body_members_unique_idx').on(t.bodyId, t.organisationId),
		foreignKey({
			name: 'body_members_body_id_fk',
			columns: [t.networkId, t.bodyId],
			foreignColumns: [bodies.networkId, bodies.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'body_members_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('cascade')
	]
);

/** Single persons as members of a body (e.g. a freelance midwife), in addition to whole organisations. */
export const bodyContacts = pgTable(
	'body_contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id').notNull(),
		contactId: uuid('contact_id').notNull()
	},
	(t) => [
		uniqueIndex('body_contacts_unique_idx').on(t.bodyId, t.contactId),
		foreignKey({
			name: 'body_contacts_body_id_fk',
			columns: [t.networkId, t.bodyId],
			foreignColumns: [bodies.networkId, bodies.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'body_contacts_contact_id_fk',
			columns: [t.networkId, t.contactId],
			foreignColumns: [contacts.networkId, contacts.id]
		}).onDelete('cascade')
	]
);

export const MEETING_STATUSES = ['planned', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One date of a body. Times are stored as instants and shown in Berlin time. */
export const meetings = pgTable(
	'meetings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id').notNull(),
		title: text('title').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		agenda: text('agenda').notNull().default(''),
		status: text('status').$type<MeetingStatus>().notNull().default('planned'),
		/** iCalendar SEQUENCE: goes up with every change mailed to the invitees. */
		sequence: integer('sequence').notNull().default(0),
		invitedAt: timestamp('invited_at', { withTimezone: true }),
		/** Protokoll: what was discussed and decided (plain text with lines). */
		minutes: text('minutes').notNull().default(''),
		minutesSentAt: timestamp('minutes_sent_at', { withTimezone: true }),
		/** The reminder before the meeting went out (scheduled job, once). */
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('meetings_body_idx').on(t.bodyId, t.startsAt),
		unique('meetings_network_id_id_unique').on(t.networkId, t.id),
		foreignKey({
			name: 'meetings_body_id_fk',
			columns: [t.networkId, t.bodyId],
			foreignColumns: [bodies.networkId, bodies.id]
		}).onDelete('cascade')
	]
);

export const RSVP_ANSWERS = ['yes', 'no', 'maybe'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/**
 * One invitee of a meeting with a personal answer link. Only SHA-256 hashes of the links are
 * stored; every mail (invitation, update, cancellation, reminder) carries a new link and all of
 * them keep working (ADR 0008). A link only allows answering this one invitation and expires a
 * day after the meeting.
 */
export const meetingInvitations = pgTable(
	'meeting_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		meetingId: uuid('meeting_id').notNull(),
		contactId: uuid('contact_id'),
		name: text('name').notNull(),
		email: text('email').notNull(),
		organisationName: text('organisation_name').notNull().default(''),
		tokenHashes: text('token_hashes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		answer: text('answer').$type<RsvpAnswer>(),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [
		index('meeting_invitations_meeting_idx').on(t.meetingId),
		index('meeting_invitations_token_hashes_idx').using('gin', t.tokenHashes),
		unique('meeting_invitations_network_id_id_unique').on(t.networkId, t.id),
		foreignKey({
			name: 'meeting_invitations_meeting_id_fk',
			columns: [t.networkId, t.meetingId],
			foreignColumns: [meetings.networkId, meetings.id]
		}).onDelete('cascade'),
		// ON DELETE SET NULL (contact_id) in the migration: network_id stays.
		foreignKey({
			name: 'meeting_invitations_contact_id_fk',
			columns: [t.networkId, t.contactId],
			foreignColumns: [contacts.networkId, contacts.id]
		}).onDelete('set null')
	]
);

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Aufgabe from the minutes of a meeting: owner, due date, status; open ones follow the body to its next meeting. */
export const tasks = pgTable(
	'tasks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id').notNull(),
		meetingId: uuid('meeting_id').notNull(),
		title: text('title').notNull(),
		owner: text('owner').notNull().default(''),
		/** The owner when it is a contact of the body's member organisations: gets the reminder before the due date. */
		ownerContactId: uuid('owner_contact_id'),
		dueDate: text('due_date').notNull().default(''),
		status: text('status').$type<TaskStatus>().notNull().default('open'),
		/** The owner was reminded of the due date (scheduled job, once). */
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('tasks_body_idx').on(t.bodyId, t.status),
		foreignKey({
			name: 'tasks_body_id_fk',
			columns: [t.networkId, t.bodyId],
			foreignColumns: [bodies.networkId, bodies.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'tasks_meeting_id_fk',
			columns: [t.networkId, t.meetingId],
			foreignColumns: [meetings.networkId, meetings.id]
		}).onDelete('cascade'),
		// ON DELETE SET NULL (owner_contact_id) in the migration: network_id stays.
		foreignKey({
			name: 'tasks_owner_contact_id_fk',
			columns: [t.networkId, t.ownerContactId],
			foreignColumns: [contacts.networkId, contacts.id]
		}).onDelete('set null')
	]
);
