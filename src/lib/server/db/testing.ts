import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createHash, randomBytes } from 'node:crypto';
import { openDatabase, STARTUP_LOCK, type Database, type DatabaseKind, type OpenOptions } from './client';

/** Databases every database test runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_DATABASE_KINDS: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Migrating a database takes seconds (PGlite's initdb alone ~3 s), and most test files open a few.
 * So the tests migrate once per set of migrations and copy that: a PGlite data directory tarball
 * in the temp directory, a template database on the test server. The key changes with every
 * migration file, so a changed migration is never served from an old copy.
 */
function migrationsKey(): string {
	const folder = path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
	const hash = createHash('sha256');
	for (const file of fs.readdirSync(folder, { recursive: true }).map(String).sort()) {
		const full = path.join(folder, file);
		if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
	}
	return hash.digest('hex').slice(0, 16);
}

let pgliteSnapshot: Promise<Blob> | undefined;

/** The migrated PGlite data directory; the first test process to need it writes it (atomically). */
function migratedPgliteSnapshot(): Promise<Blob> {
	pgliteSnapshot ??= (async () => {
		const file = path.join(os.tmpdir(), `nfh-pglite-migrated-${migrationsKey()}.tar`);
		if (!fs.existsSync(file)) {
			const fresh = await openDatabase({});
			const dump = await fresh.dumpDataDir!();
			await fresh.close();
			const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
			fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
			fs.renameSync(partial, file);
		}
		return new Blob([fs.readFileSync(file)]);
	})();
	return pgliteSnapshot;
}

async function adminQuery(base: string, query: (client: pg.Client) => Promise<unknown>) {
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	try {
		await query(admin);
	} finally {
		await admin.end();
	}
}

function urlOf(base: string, name: string): string {
	const url = new URL(base);
	url.pathname = `/${name}`;
	return url.toString();
}

/**
 * A migrated template database on the test server, made once per set of migrations under a lock.
 * Old templates are left alone (another checkout's run may be copying one); each is a few MB.
 */
async function migratedTemplate(base: string): Promise<string> {
	const name = `nfh_template_${migrationsKey()}`;
	await adminQuery(base, async (admin) => {
		await admin.query('select pg_advisory_lock($1)', [STARTUP_LOCK + 1]);
		try {
			const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
			if (found.rowCount) return;
			const building = `${name}_building`;
			await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
			await admin.query(`CREATE DATABASE ${building}`);
			const migrated = await openDatabase({ databaseUrl: urlOf(base, building), poolSize: 1 });
			await migrated.close();
			await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
		} finally {
			await admin.query('select pg_advisory_unlock($1)', [STARTUP_LOCK + 1]);
		}
	});
	return name;
}

/** A new database on the test server (empty, or a copy of `template`), and how to drop it again. */
async function serverDatabase(template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
	const base = process.env.TEST_DATABASE_URL;
	if (!base) throw new Error('TEST_DATABASE_URL is not set');
	const name = `nfh_test_${randomBytes(6).toString('hex')}`;
	await adminQuery(base, (admin) =>
		admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`)
	);
	return {
		url: urlOf(base, name),
		drop: () => adminQuery(base, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
	};
}

/** A fresh, migrated, isolated database: in-memory PGlite, or a new database on the test server. */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
	if (kind === 'pglite') return openDatabase({ loadDataDir: await migratedPgliteSnapshot() });
	const server = await serverDatabase(await migratedTemplate(process.env.TEST_DATABASE_URL!));
	// Tests like "200 registrations at once" queue on 4 connections; on a busy machine that is > 5 s.
	const database = await openDatabase({ databaseUrl: server.url, poolSize: 4, connectionTimeoutMs: 60_000 });
	return {
		...database,
		close: async () => {
			await database.close();
			await server.drop();
		}
	};
}

/**
 * One isolated database that can be opened more than once (PGlite on disk, or a new database on
 * the test server), e.g. first with older migrations and then with all of them.
 */
export async function createReopenableTestDatabase(
	kind: DatabaseKind
): Promise<{ open: (o: OpenOptions) => Promise<Database>; drop: () => Promise<void> }> {
	if (kind === 'pglite') {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-pglite-'));
		return {
			open: (o) => openDatabase({ ...o, dataDir }),
			drop: async () => fs.rmSync(dataDir, { recursive: true, force: true })
		};
	}
	const server = await serverDatabase();
	return { open: (o) => openDatabase({ ...o, databaseUrl: server.url, poolSize: 2 }), drop: server.drop };
}

/** The migrations folder as it was before migration `idx` (e.g. 22: personal links stored in plain text). */
function foldersBefore(idx: number): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-migrations-'));
	fs.mkdirSync(path.join(dir, 'meta'));
	const journal = JSON.parse(fs.readFileSync(path.resolve('drizzle/meta/_journal.json'), 'utf-8')) as {
		entries: { idx: number; tag: string }[];
	};
	journal.entries = journal.entries.filter((e) => e.idx < idx);
	fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
	for (const e of journal.entries)
		fs.copyFileSync(path.resolve('drizzle', `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
	return dir;
}

/**
 * A database migrated up to (not including) migration `idx`, and how to open it again with all
 * migrations; what to remove afterwards goes into `cleanups`.
 */
export async function migratedBefore(kind: DatabaseKind, idx: number, cleanups: (() => Promise<void>)[]) {
	const target = await createReopenableTestDatabase(kind);
	cleanups.push(target.drop);
	const oldFolder = foldersBefore(idx);
	cleanups.push(async () => fs.rmSync(oldFolder, { recursive: true, force: true }));
	return { before: await target.open({ migrationsFolder: oldFolder }), reopen: () => target.open({}) };
}
