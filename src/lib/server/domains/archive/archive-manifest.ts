import { z } from 'zod';

/**
 * `manifest.json`, the last entry of a network archive: what the archive holds and how to check
 * it. Tables are `tables/<name>.json` — a JSON array with one row per line, so a reader can take
 * it line by line — and files are `files/<store key>`. Every entry carries its size and SHA-256.
 */
export const ARCHIVE_FORMAT = 'nfh-network-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const entry = { file: z.string().min(1).max(300), bytes: z.number().int().min(0), sha256 };

export const manifestSchema = z.object({
	format: z.literal(ARCHIVE_FORMAT),
	formatVersion: z.number().int().min(1),
	app: z.object({ migrations: z.number().int().min(0), lastMigration: z.string() }),
	createdAt: z.string(),
	network: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
	tables: z.array(z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/), rows: z.number().int().min(0), ...entry })),
	files: z.array(z.object({ key: z.string(), ...entry })),
	missingFiles: z.array(z.string()),
	excludedTables: z.record(z.string(), z.string()),
	omittedColumns: z.string(),
	nulledColumns: z.record(z.string(), z.array(z.string())),
	accounts: z.string()
});
export type Manifest = z.infer<typeof manifestSchema>;

export const ACCOUNTS_NOTE =
	'Accounts are not exported: no e-mail addresses of accounts, password hashes, TOTP secrets, sessions or ' +
	'role grants. Columns pointing at an account are null. After an import the operator invites the coordination.';

export const tableEntryName = (table: string) => `tables/${table}.json`;
export const fileEntryName = (key: string) => `files/${key}`;
