import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database, type DatabaseKind, type OpenOptions } from './client';

/** Databases every database test runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_DATABASE_KINDS: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A new, empty database on the test server, and how to drop it again. */
async function serverDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const base = process.env.TEST_DATABASE_URL;
	if (!base) throw new Error('TEST_DATABASE_URL is not set');
	const name = `nfh_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const dropper = new pg.Client({ connectionString: base });
			await dropper.connect();
			await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await dropper.end();
		}
	};
}

/** A fresh, migrated, isolated database: in-memory PGlite, or a new database on the test server. */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
	if (kind === 'pglite') return openDatabase({});
	const server = await serverDatabase();
	const database = await openDatabase({ databaseUrl: server.url, poolSize: 4 });
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
