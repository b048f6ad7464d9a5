import { foreignKey, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';
import { bodies, meetings } from './bodies';

export const DOCUMENT_ACCESS = ['network', 'body', 'coordination'] as const;
export type DocumentAccess = (typeof DOCUMENT_ACCESS)[number];

/**
 * A file of the network, of a body or of one of its meetings. Access: every logged-in person
 * of the network, the members of the body, or the coordination only. The bytes live in the
 * file store (FILES_DIR or S3) under `storage_key`; the type was detected from the content.
 */
export const documents = pgTable(
	'documents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		bodyId: uuid('body_id'),
		meetingId: uuid('meeting_id'),
		title: text('title').notNull(),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		byteSize: integer('byte_size').notNull(),
		storageKey: text('storage_key').notNull(),
		access: text('access').$type<DocumentAccess>().notNull().default('network'),
		uploadedByName: text('uploaded_by_name').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('documents_network_idx').on(t.networkId, t.bodyId),
		index('documents_meeting_idx').on(t.meetingId),
		foreignKey({
			name: 'documents_body_id_fk',
			columns: [t.networkId, t.bodyId],
			foreignColumns: [bodies.networkId, bodies.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'documents_meeting_id_fk',
			columns: [t.networkId, t.meetingId],
			foreignColumns: [meetings.networkId, meetings.id]
		}).onDelete('cascade')
	]
);
