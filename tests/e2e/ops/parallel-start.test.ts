import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServer, type TestServer } from '../support/server';
import { createEmptyPostgresDatabase, TEST_DATABASE_URL } from '../support/postgres';

const SKIP = TEST_DATABASE_URL
	? ''
	: ' — skipped: set TEST_DATABASE_URL=postgres://…/test to run it (PGlite cannot be shared by two processes)';

/** One query as the database owner (no row-level security), on the given database. */
async function query<T>(url: string, text: string): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(text)).rows as T[];
	} finally {
		await client.end();
	}
}

describe('two app processes starting at once on one empty PostgreSQL database', () => {
	const servers: TestServer[] = [];
	const cleanup: (() => Promise<void> | void)[] = [];
	afterAll(async () => {
		await Promise.all(servers.map((s) => s.stop()));
		for (const c of cleanup.reverse()) await c();
	});

	it.skipIf(!TEST_DATABASE_URL)(
		`both become healthy and the demo data exists exactly once${SKIP}`,
		async () => {
			const database = await createEmptyPostgresDatabase();
			cleanup.push(database.drop);
			// Like two containers on one volume: the same database and the same file folder.
			const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-e2e-files-'));
			cleanup.push(() => fs.rmSync(filesDir, { recursive: true, force: true }));
			const env = { DATABASE_URL: database.url, FILES_DIR: filesDir, DEMO_DATA: 'on' };
			const started = await Promise.allSettled([
				startServer({ env, startTimeoutMs: 240_000 }),
				startServer({ env, startTimeoutMs: 240_000 })
			]);
			for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
			expect(started.map((s) => (s.status === 'rejected' ? String(s.reason).slice(0, 2000) : 'healthy'))).toEqual([
				'healthy',
				'healthy'
			]);

			for (const s of servers) expect((await fetch(`${s.url}/herten`)).status).toBe(200);
			expect(await query(database.url, `select slug from networks order by slug`)).toEqual(
				['herten', 'mettmann', 'moenchengladbach', 'sonneberg', 'wilhelmshaven'].map((slug) => ({ slug }))
			);
			// Loaded by one of the two, once (the same totals as a single start: see seed-demo-data.test.ts).
			expect(servers.filter((s) => s.output().includes('[demo] Beispieldaten geladen'))).toHaveLength(1);
			expect(
				await query(
					database.url,
					`select (select count(*)::int from users) as users, (select count(*)::int from agreements) as agreements, (select count(*)::int from documents) as documents`
				)
			).toEqual([{ users: 8, agreements: 5, documents: 20 }]);
			expect(
				await query(
					database.url,
					`select count(*)::int as n from users where email = 'koordination.herten@example.org'`
				)
			).toEqual([{ n: 1 }]);
			// The demo TOTP secrets were sealed once (by whichever process came first), none left plain.
			expect(
				await query(
					database.url,
					`select count(*)::int as with_totp, count(*) filter (where totp_secret not like 'v1:%')::int as plain from users where totp_secret is not null`
				)
			).toEqual([{ with_totp: 6, plain: 0 }]);
			// Each stored document's file is in the shared folder.
			const documents = await query<{ storage_key: string }>(database.url, `select storage_key from documents`);
			for (const d of documents)
				expect(fs.existsSync(path.join(filesDir, ...d.storage_key.split('/'))), d.storage_key).toBe(true);
			// Neither process logged a failed start-up step (seeding, scheduled jobs, outbox).
			for (const s of servers) expect(s.output()).not.toMatch(/duplicate key|Error|\[scheduler\]|\[job /);
		},
		300_000
	);
});
