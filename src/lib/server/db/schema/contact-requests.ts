import { foreignKey, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';
import { organisations } from './organisations';
import { offers } from './offers';
import { users } from './accounts';

export const CONTACT_REQUEST_STATUSES = ['open', 'done'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/**
 * "Bitte um Kontakt" (issue 16, item 1): a parent asks the provider of an offer to get in touch,
 * without an account. Only what a call back needs; deleted automatically a short period after it
 * was made or after it was done (`delete-expired-contact-requests.ts`). The organisation is the
 * offer's at the time of the request: its editors see it.
 */
export const contactRequests = pgTable(
	'contact_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		offerId: uuid('offer_id').notNull(),
		organisationId: uuid('organisation_id'),
		name: text('name').notNull(),
		phone: text('phone').notNull().default(''),
		email: text('email').notNull().default(''),
		/** The portal language the parent prefers to be spoken to in (one of the nine). */
		language: text('language').notNull().default('de'),
		bestTime: text('best_time').notNull().default(''),
		message: text('message').notNull().default(''),
		status: text('status').$type<ContactRequestStatus>().notNull().default('open'),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		doneAt: timestamp('done_at', { withTimezone: true }),
		doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		index('contact_requests_network_status_idx').on(t.networkId, t.status, t.createdAt),
		unique('contact_requests_network_id_id_unique').on(t.networkId, t.id),
		foreignKey({
			name: 'contact_requests_offer_id_fk',
			columns: [t.networkId, t.offerId],
			foreignColumns: [offers.networkId, offers.id]
		}).onDelete('cascade'),
		// ON DELETE SET NULL (organisation_id) in the migration: network_id stays.
		foreignKey({
			name: 'contact_requests_organisation_id_fk',
			columns: [t.networkId, t.organisationId],
			foreignColumns: [organisations.networkId, organisations.id]
		}).onDelete('set null')
	]
);
