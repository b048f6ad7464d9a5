import { pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';

/** Member or provider organisation. Minimal here; network management extends it. */
export const organisations = pgTable(
	'organisations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('organisations_network_idx').on(t.networkId)]
);
