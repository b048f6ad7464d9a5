// manifest.json of a backup archive: what it holds and how to check it on restore (ADR 0030).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as z from 'zod';

export const BACKUP_FORMAT = 'netzwerk-fruehe-hilfen-backup';

const fileEntry = z.object({ path: z.string(), size: z.number().int().nonnegative(), sha256: z.string() });
export type FileEntry = z.infer<typeof fileEntry>;

export const manifestSchema = z.object({
	format: z.literal(BACKUP_FORMAT),
	formatVersion: z.literal(1),
	app: z.object({ name: z.string(), version: z.string() }),
	createdAt: z.string(),
	/** pglite: `database/` is a data directory; postgres: `database.dump` from pg_dump (or none). */
	database: z.object({
		kind: z.enum(['pglite', 'postgres']),
		/** pglite: how the snapshot was taken. */
		takenFrom: z.enum(['running-server', 'stopped-server', 'pg_dump', 'none']),
		files: z.array(fileEntry),
		/** Folders of the data directory, the empty ones too (PostgreSQL needs pg_tblspc, pg_notify …). */
		directories: z.array(z.string())
	}),
	migrations: z.object({ count: z.number().int(), lastHash: z.string().nullable() }).nullable(),
	/** `schema.table` → rows, every base table (null on PostgreSQL: pg_dump has its own checks). */
	rowCounts: z.record(z.string(), z.number().int()).nullable(),
	/** The files directory (FILES_DIR); null when the files are in an S3 bucket. */
	files: z.array(fileEntry).nullable(),
	/** The key for secrets at rest: its fingerprint, and whether `app-secret` is in the archive. */
	key: z.object({ keyId: z.string().nullable(), included: z.boolean() })
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export function sha256File(file: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const hash = createHash('sha256');
		fs.createReadStream(file)
			.on('error', reject)
			.on('data', (chunk) => hash.update(chunk))
			.on('end', () => resolve(hash.digest('hex')));
	});
}

/** Every regular file under `dir` (relative, `/`-separated, sorted) with size and sha256; `*.tmp` partial writes left out. */
export async function listFiles(dir: string): Promise<FileEntry[]> {
	if (!fs.existsSync(dir)) return [];
	const entries: FileEntry[] = [];
	const names = (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
	for (const name of names) {
		const full = path.join(dir, name);
		const stat = fs.lstatSync(full);
		if (!stat.isFile() || name.endsWith('.tmp')) continue;
		entries.push({ path: name.split(path.sep).join('/'), size: stat.size, sha256: await sha256File(full) });
	}
	return entries;
}

/** Every folder under `dir` (relative, `/`-separated, sorted). */
export function listDirectories(dir: string): string[] {
	return (fs.readdirSync(dir, { recursive: true }) as string[])
		.filter((name) => fs.lstatSync(path.join(dir, name)).isDirectory())
		.map((name) => name.split(path.sep).join('/'))
		.sort();
}

/** Opens a copied PGlite data directory (crash recovery runs here, not on the server) as the superuser. */
export function openDataDirCopy(dir: string): Promise<PGlite> {
	return PGlite.create({ dataDir: dir, extensions: { pg_trgm, unaccent } });
}

/** Rows of every base table outside the system schemas, as the superuser (RLS does not apply). */
export async function countRows(client: PGlite): Promise<Record<string, number>> {
	const tables = await client.query<{ schema: string; name: string }>(
		`select table_schema as schema, table_name as name from information_schema.tables
		 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
		 order by 1, 2`
	);
	const counts: Record<string, number> = {};
	for (const { schema, name } of tables.rows) {
		const quoted = `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
		const result = await client.query<{ n: number }>(`select count(*)::int as n from ${quoted}`);
		counts[`${schema}.${name}`] = result.rows[0]!.n;
	}
	return counts;
}

/** How many migrations the database has applied and the last one's hash (drizzle's own table). */
export async function appliedMigrations(client: PGlite): Promise<{ count: number; lastHash: string | null }> {
	const result = await client.query<{ hash: string }>(
		'select hash from drizzle.__drizzle_migrations order by created_at, id'
	);
	return { count: result.rows.length, lastHash: result.rows.at(-1)?.hash ?? null };
}

/** The migrations this code ships (drizzle/), for the restore's "same or older schema" check. */
export function shippedMigrationHashes(folder = process.env.MIGRATIONS_DIR ?? path.resolve('drizzle')): string[] {
	return readMigrationFiles({ migrationsFolder: folder }).map((m) => m.hash);
}

export function appVersion(): { name: string; version: string } {
	const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { name: string; version: string };
	return { name: pkg.name, version: pkg.version };
}
