import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { networks } from './tenancy';
import { organisations } from './organisations';
import { users } from './accounts';
import type { AccessibilityFeature, LifeStage } from './offers';

export const EVENT_KINDS = ['fachtagung', 'fortbildung', 'infoabend', 'kurs', 'familienveranstaltung'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_AUDIENCES = ['fachkraefte', 'familien', 'beide'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

/** `members`: shown to logged-in network members only. */
export const EVENT_VISIBILITIES = ['public', 'members'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

/** `review`: a provider's family event waiting for the coordinator (like offers). "Past" is derived from the sessions. */
export const EVENT_STATUSES = ['draft', 'review', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** What happens to a freed seat: the next on the waiting list gets it, or is offered it for `offerHours`. */
export const PROMOTION_MODES = ['automatic', 'offer'] as const;
export type PromotionMode = (typeof PROMOTION_MODES)[number];

export const TRAINING_UNITS = ['ue', 'stunden'] as const;
export type TrainingUnit = (typeof TRAINING_UNITS)[number];

/** Title and texts of an event in one language other than German. */
export type EventTranslation = { title?: string; summary?: string; description?: string };

/** Veranstaltung: Fachtagung, Fortbildung, Infoabend, Kurs or an event for families, with registration. */
export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<EventKind>().notNull(),
		audience: text('audience').$type<EventAudience>().notNull(),
		visibility: text('visibility').$type<EventVisibility>().notNull().default('public'),
		title: text('title').notNull(),
		summary: text('summary').notNull().default(''),
		description: text('description').notNull().default(''),
		/** Organiser: a member organisation, or the network itself when null. */
		organisationId: uuid('organisation_id'),
		/** Seats (persons). A family registration may take several. */
		capacity: integer('capacity').notNull(),
		waitingList: boolean('waiting_list').notNull().default(true),
		promotionMode: text('promotion_mode').$type<PromotionMode>().notNull().default('automatic'),
		/** How long an offered seat is kept for the next on the waiting list (mode `offer`). */
		offerHours: integer('offer_hours').notNull().default(48),
		registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
		registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
		/** Fee in integer cents; null with costFree = kostenlos. */
		feeCents: integer('fee_cents'),
		costFree: boolean('cost_free').notNull().default(true),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{de}'::text[]`),
		accessibility: text('accessibility')
			.array()
			.$type<AccessibilityFeature[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		accessibilityNote: text('accessibility_note').notNull().default(''),
		lifeStages: text('life_stages')
			.array()
			.$type<LifeStage[]>()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Topic slugs, as on offers, so family events are found by the portal's facets. */
		topics: text('topics')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Training hours for the certificate (e.g. 8 UE or 6.5 Stunden); null = none printed. */
		trainingHours: numeric('training_hours', { precision: 5, scale: 1 }),
		trainingUnit: text('training_unit').$type<TrainingUnit>().notNull().default('ue'),
		contactName: text('contact_name').notNull().default(''),
		contactEmail: text('contact_email').notNull().default(''),
		contactPhone: text('contact_phone').notNull().default(''),
		/** Up to five questions of the coordinator added to the feedback form. */
		feedbackQuestions: text('feedback_questions')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Certificate signer (name and role) and an optional signature image. */
		certificateSigner: text('certificate_signer').notNull().default(''),
		signatureImage: text('signature_image'),
		translations: jsonb('translations').$type<Record<string, EventTranslation>>().notNull().default({}),
		status: text('status').$type<EventStatus>().notNull().default('draft'),
		/** iCalendar SEQUENCE: goes up with every change of time or place mailed to the participants. */
		sequence: integer('sequence').notNull().default(0),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		/** Retention: personal data of the registrations was deleted; the counts below were kept. */
		personalDataDeletedAt: timestamp('personal_data_deleted_at', { withTimezone: true }),
		keptCounts: jsonb('kept_counts').$type<{ registered: number; waiting: number; attended: number }>(),
		createdBy: uuid('created_by'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('events_network_status_idx').on(t.networkId, t.status),
		unique('events_network_id_id_unique').on(t.networkId, t.id),
		// ON DELETE SET NULL (organisation_id) in the migration: network_id stays.
		foreignKey({
			name: 'events_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('set null')
	]
);

/** One date of an event (a course has several). Stored as instants, shown in Berlin time. */
export const eventSessions = pgTable(
	'event_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url').notNull().default(''),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		index('event_sessions_event_idx').on(t.eventId, t.startsAt),
		index('event_sessions_starts_idx').on(t.networkId, t.startsAt),
		unique('event_sessions_network_id_id_unique').on(t.networkId, t.id),
		foreignKey({
			name: 'event_sessions_event_id_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade')
	]
);

export const QUESTION_KINDS = ['text', 'choice', 'yesno'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question of the registration form (at most ten per event). */
export const eventQuestions = pgTable(
	'event_questions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id').notNull(),
		position: integer('position').notNull().default(0),
		kind: text('kind').$type<QuestionKind>().notNull(),
		label: text('label').notNull(),
		choices: text('choices')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		required: boolean('required').notNull().default(false)
	},
	(t) => [
		index('event_questions_event_idx').on(t.eventId, t.position),
		foreignKey({
			name: 'event_questions_event_id_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade')
	]
);

/**
 * `registered` (angemeldet, holds a seat), `waiting` (Warteliste), `offered` (a freed seat is held
 * for this person until `offerExpiresAt`), `cancelled` (abgemeldet). Attendance is per session in
 * event_attendance (teilgenommen / nicht erschienen).
 */
export const REGISTRATION_STATUSES = ['registered', 'waiting', 'offered', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Answer to one registration question: text, the chosen option, or yes/no. */
export type RegistrationAnswers = Record<string, string | boolean>;

/**
 * Anmeldung. No account needed: the personal link (only SHA-256 hashes stored, ADR 0008) shows,
 * cancels, accepts an offered seat, downloads the certificate and leads to the feedback form.
 * `number` is the arrival order within the event (given under the event's row lock).
 */
export const eventRegistrations = pgTable(
	'event_registrations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id').notNull(),
		number: integer('number').notNull(),
		status: text('status').$type<RegistrationStatus>().notNull(),
		name: text('name').notNull(),
		email: text('email').notNull(),
		phone: text('phone').notNull().default(''),
		organisationName: text('organisation_name').notNull().default(''),
		persons: integer('persons').notNull().default(1),
		answers: jsonb('answers').$type<RegistrationAnswers>().notNull().default({}),
		/** Portal language of the registration: mails go out in it. */
		locale: text('locale').notNull().default('de'),
		/** A network member registered from the internal area. */
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		consentAt: timestamp('consent_at', { withTimezone: true }),
		tokenHashes: text('token_hashes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
		promotedAt: timestamp('promoted_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		/** Verification code of the certificate (event_certificates) once issued. */
		certificateCode: text('certificate_code'),
		certificateSentAt: timestamp('certificate_sent_at', { withTimezone: true }),
		/** Feedback was given (the answers are stored without the person). */
		feedbackAt: timestamp('feedback_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('event_registrations_number_idx').on(t.eventId, t.number),
		index('event_registrations_event_status_idx').on(t.eventId, t.status, t.number),
		index('event_registrations_token_hashes_idx').using('gin', t.tokenHashes),
		index('event_registrations_email_idx').on(t.networkId, t.email),
		unique('event_registrations_network_id_id_unique').on(t.networkId, t.id),
		foreignKey({
			name: 'event_registrations_event_id_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade')
	]
);

/** Who was there, per session: ticked on the check-in list or typed in from the sign-in sheet. */
export const eventAttendance = pgTable(
	'event_attendance',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		registrationId: uuid('registration_id').notNull(),
		sessionId: uuid('session_id').notNull(),
		present: boolean('present').notNull(),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.registrationId, t.sessionId] }),
		foreignKey({
			name: 'event_attendance_registration_id_fk',
			columns: [t.networkId, t.registrationId],
			foreignColumns: [eventRegistrations.networkId, eventRegistrations.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'event_attendance_session_id_fk',
			columns: [t.networkId, t.sessionId],
			foreignColumns: [eventSessions.networkId, eventSessions.id]
		}).onDelete('cascade')
	]
);

/**
 * Teilnahmebescheinigung, verifiable by its code. When the registrations' personal data is
 * deleted (retention), the holder's name here is cleared too and the rest stays as an anonymous
 * record that a certificate with this code was issued for this event.
 */
export const eventCertificates = pgTable(
	'event_certificates',
	{
		code: text('code').primaryKey(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id').notNull(),
		holderName: text('holder_name').notNull().default(''),
		hours: numeric('hours', { precision: 5, scale: 1 }),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('event_certificates_event_idx').on(t.eventId),
		foreignKey({
			name: 'event_certificates_event_id_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade')
	]
);

/** One feedback answer, stored without the person (no registration id). */
export const eventFeedback = pgTable(
	'event_feedback',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id').notNull(),
		rating: integer('rating').notNull(),
		helped: text('helped').notNull().default(''),
		missing: text('missing').notNull().default(''),
		comment: text('comment').notNull().default(''),
		/** Answers to the coordinator's questions, in their order. */
		answers: text('answers')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Day only, so the order of answers does not point to a person. */
		createdOn: date('created_on', { mode: 'string' }).notNull()
	},
	(t) => [
		index('event_feedback_event_idx').on(t.eventId),
		foreignKey({
			name: 'event_feedback_event_id_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade')
	]
);

/** Network settings of the events (one row per network; defaults when missing). */
export const eventSettings = pgTable('event_settings', {
	networkId: uuid('network_id')
		.primaryKey()
		.references(() => networks.id, { onDelete: 'cascade' }),
	/** Reminder mail this many days before the first session. */
	reminderDays: integer('reminder_days').notNull().default(2),
	// The period after which registrations' personal data goes is the retention rule `event_registrations` (retention_rules).
	/** Consent text shown on every registration form (with a link to the network's Datenschutz page). */
	consentText: text('consent_text').notNull().default(''),
	/** Per-address limit of registrations per hour (0 = off, e.g. for the benchmark). */
	rateLimitPerHour: integer('rate_limit_per_hour').notNull().default(10),
	version: integer('version').notNull().default(1)
});
