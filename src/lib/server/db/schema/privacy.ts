import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';
import { users } from './accounts';

/** Who changed what, when, with the state before and after; written in the same transaction. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
		actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('audit_log_network_idx').on(t.networkId, t.at)]
);

/** A network's period for one retention rule (privacy/retention-rules.ts); no row = the rule's default. */
export const retentionRules = pgTable(
	'retention_rules',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		ruleKey: text('rule_key').notNull(),
		days: integer('days').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [primaryKey({ columns: [t.networkId, t.ruleKey] })]
);

/** One run of the `retention` job for one network: how many records each rule deleted or blanked. */
export const retentionRuns = pgTable(
	'retention_runs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
		finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
		counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
		errors: jsonb('errors').$type<Record<string, string>>().notNull().default({})
	},
	(t) => [index('retention_runs_network_idx').on(t.networkId, t.startedAt)]
);

/** The typed parts of the network's Art. 30 record (the rest is generated from the settings). */
export const processingRecords = pgTable('processing_records', {
	networkId: uuid('network_id')
		.primaryKey()
		.references(() => networks.id, { onDelete: 'cascade' }),
	controllerName: text('controller_name').notNull().default(''),
	controllerAddress: text('controller_address').notNull().default(''),
	dpoContact: text('dpo_contact').notNull().default(''),
	notes: text('notes').notNull().default(''),
	version: integer('version').notNull().default(1),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' })
});
