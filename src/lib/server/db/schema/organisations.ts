import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uuid, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';

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
		districtIds: text('district_ids').array().notNull().default(sql`'{}'::text[]`),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('organisations_network_idx').on(t.networkId), uniqueIndex('organisations_external_id_idx').on(t.networkId, t.externalId)]
);
