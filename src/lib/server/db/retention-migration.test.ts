import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseKind } from './client';
import { rowsOf, withSystem } from './scope';
import { migratedBefore, TEST_DATABASE_KINDS } from './testing';
import { makeNetwork } from '$tests/fixtures';

// The same SQL on both; PGlite needs ~40 s to migrate twice on disk, so it runs only without a PostgreSQL server.
const KINDS: DatabaseKind[] = TEST_DATABASE_KINDS.includes('postgres') ? ['postgres'] : ['pglite'];

describe.each(KINDS)('migration 0033 on %s', (kind) => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const c of cleanups.reverse()) await c();
	});

	it('moves a changed event retention period into retention_rules (months as 30 days) and retires the old jobs', async () => {
		const { before, reopen } = await migratedBefore(kind, 33, cleanups);
		const changed = await makeNetwork(before.db);
		const unchanged = await makeNetwork(before.db);
		await withSystem(before.db, async (tx) => {
			await tx.execute(
				sql`insert into event_settings (network_id, retention_months) values (${changed.id}, 12), (${unchanged.id}, 6)`
			);
			await tx.execute(
				sql`insert into scheduled_jobs (name, next_run_at) values ('purge', now()), ('event_retention', now()), ('freshness', now())`
			);
		});
		await before.close();

		const after = await reopen();
		cleanups.push(() => after.close());
		const rules = await withSystem(after.db, async (tx) =>
			rowsOf<{ network_id: string; rule_key: string; days: number }>(
				await tx.execute(sql`select network_id, rule_key, days from retention_rules order by network_id`)
			)
		);
		expect(rules).toEqual([{ network_id: changed.id, rule_key: 'event_registrations', days: 360 }]);
		const columns = await withSystem(after.db, async (tx) =>
			rowsOf<{ column_name: string }>(
				await tx.execute(sql`select column_name from information_schema.columns where table_name = 'event_settings'`)
			)
		);
		expect(columns.map((c) => c.column_name)).not.toContain('retention_months');
		const jobs = await withSystem(after.db, async (tx) =>
			rowsOf<{ name: string }>(await tx.execute(sql`select name from scheduled_jobs order by name`))
		);
		expect(jobs.map((j) => j.name)).toEqual(['freshness']);
	}, 120_000);
});
