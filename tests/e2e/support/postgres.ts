import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** Set when end-to-end tests may also run the server on PostgreSQL (`postgres://…/test`). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? '';

/** A new, empty database on the test server (nothing migrated); `drop` removes it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
	const name = `nfh_e2e_${randomBytes(6).toString('hex')}`;
	const admin = async (statement: string) => {
		const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
		await client.connect();
		try {
			await client.query(statement);
		} finally {
			await client.end();
		}
	};
	await admin(`CREATE DATABASE ${name}`);
	const url = new URL(TEST_DATABASE_URL);
	url.pathname = `/${name}`;
	return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
