import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';

/**
 * A network's own translation of a term shown in the portal (a topic name, a help number's
 * label or note), keyed by the German text it translates. Without a row the shipped
 * translation applies (taxonomy/shipped-term-translations.ts), else the German text.
 */
export const termTranslations = pgTable(
	'term_translations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		source: text('source').notNull(),
		locale: text('locale').notNull(),
		text: text('text').notNull(),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('term_translations_unique_idx').on(t.networkId, t.source, t.locale)]
);
