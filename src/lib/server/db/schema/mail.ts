import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';

export type OutboxAttachment = { filename: string; contentType: string; contentBase64: string };
export const OUTBOX_CATEGORIES = ['account', 'network'] as const;
export type OutboxCategory = (typeof OUTBOX_CATEGORIES)[number];
export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** Every e-mail is written here in the same transaction as its cause; a worker sends it. */
export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
		category: text('category').$type<OutboxCategory>().notNull(),
		template: text('template').notNull(),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		htmlBody: text('html_body').notNull(),
		attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
		status: text('status').$type<OutboxStatus>().notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		lockedUntil: timestamp('locked_until', { withTimezone: true }),
		/** The worker's claim on a message being sent (a new id per claim); only its holder records the outcome. */
		claimedBy: uuid('claimed_by'),
		lastError: text('last_error'),
		messageId: text('message_id').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt), index('outbox_network_idx').on(t.networkId)]
);
