import { sql } from 'drizzle-orm';
import { bigint, foreignKey, integer, pgTable, text, timestamp, uniqueIndex, uuid, index } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';
import { organisations } from './organisations';

export const ROLES = ['operator', 'coordinator', 'provider', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		email: text('email').notNull(),
		name: text('name').notNull(),
		passwordHash: text('password_hash'),
		totpSecret: text('totp_secret'),
		totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
		/** The last accepted TOTP time step: a code is accepted only once (no replay). */
		totpLastStep: bigint('totp_last_step', { mode: 'number' }),
		/** Second-factor attempts since the last success; the fifth locks the second step for 15 minutes. */
		failedLogins: integer('failed_logins').notNull().default(0),
		lockedUntil: timestamp('locked_until', { withTimezone: true }),
		deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('users_email_idx').on(sql`lower(${t.email})`)]
);

/** What a user may do where: operator (network null), coordinator/member per network, provider per organisation. */
export const roleAssignments = pgTable(
	'role_assignments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role').$type<Role>().notNull(),
		networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('role_assignments_unique_idx').on(
			t.userId,
			t.role,
			sql`coalesce(${t.networkId}, '00000000-0000-0000-0000-000000000000'::uuid)`
		),
		index('role_assignments_network_idx').on(t.networkId),
		// A provider's organisation belongs to the role's network (operators have neither: MATCH SIMPLE lets nulls pass).
		foreignKey({
			name: 'role_assignments_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('cascade')
	]
);

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie token: a database leak does not leak usable sessions. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		secondFactorAt: timestamp('second_factor_at', { withTimezone: true }),
		userAgent: text('user_agent').notNull().default(''),
		/** The last request with this session, written at most once a minute; idle too long → the session ends. */
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		/** How the session is named on /konto ("end this session"): never the id, which is the token's hash. */
		publicId: uuid('public_id').notNull().defaultRandom()
	},
	(t) => [index('sessions_user_idx').on(t.userId), uniqueIndex('sessions_public_id_idx').on(t.publicId)]
);

export const TOKEN_PURPOSES = ['password_reset', 'invitation'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Single-use e-mail tokens (password reset, invitation); stored hashed. */
export const authTokens = pgTable('auth_tokens', {
	id: text('id').primaryKey(),
	userId: uuid('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	purpose: text('purpose').$type<TokenPurpose>().notNull(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	usedAt: timestamp('used_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/**
 * Password attempts per (account as typed, client address): after a few failures each further
 * one waits longer. Keyed by what was typed, so unknown and existing addresses behave alike.
 */
export const loginThrottles = pgTable('login_throttles', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	blockedUntil: timestamp('blocked_until', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Fixed-window counters for throttling (shared by all app processes). */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
	count: integer('count').notNull()
});
