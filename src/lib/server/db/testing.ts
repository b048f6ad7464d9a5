import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database, type DatabaseKind } from './client';

/** Databases every database test runs against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_DATABASE_KINDS: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, migrated, isolated database: in-memory PGlite, or a new database on the test server. */
export async function createTestDatabase(kind: DatabaseKind): Promise<Database> {
	if (kind === 'pglite') return openDatabase({});
	const base = process.env.TEST_DATABASE_URL;
	if (!base) throw new Error('TEST_DATABASE_URL is not set');
	const name = `nfh_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
	return {
		...database,
		close: async () => {
			await database.close();
			const dropper = new pg.Client({ connectionString: base });
			await dropper.connect();
			await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await dropper.end();
		}
	};
}
