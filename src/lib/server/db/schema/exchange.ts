import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './columns';
import { networks } from './tenancy';

export const IMPORT_KINDS = ['offers', 'organisations'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** What a staged upload holds: the /intern/import kinds, or population figures (/intern/planung/bevoelkerung). */
export type UploadKind = ImportKind | 'population';

/**
 * An uploaded import file between the dry run and the import, so the coordinator does not
 * upload it twice. In the database (not on disk) so every app process sees it; purged after a day.
 */
export const importUploads = pgTable(
	'import_uploads',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<UploadKind>().notNull(),
		filename: text('filename').notNull(),
		content: bytea('content').notNull(),
		/** The file read once at upload (header row and data rows as text), so checks and the import need not parse it again. */
		sheet: jsonb('sheet').$type<{
			headers: string[];
			rows: { row: number; cells: string[] }[];
			format: 'csv' | 'xlsx';
			encoding?: 'utf-8' | 'windows-1252';
			delimiter?: ';' | ',';
		}>(),
		createdBy: uuid('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('import_uploads_network_idx').on(t.networkId)]
);
