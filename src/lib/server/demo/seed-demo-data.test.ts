import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { logIn } from '$lib/server/domains/accounts/log-in';
import { seedDemoData } from './seed-demo-data';
import { DEMO_NETWORKS, DEMO_PASSWORD } from './demo-networks';

describe.each(TEST_DATABASE_KINDS)('demo data on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('loads five invented networks once, idempotently, with working demo accounts', async () => {
		expect(await seedDemoData(database.db, { onlyIfEmpty: true })).toBe(true);
		expect(await seedDemoData(database.db, { onlyIfEmpty: true })).toBe(false);
		await seedDemoData(database.db);
		const counts = await withSystem(database.db, async (tx) =>
			rowsOf<{ networks: number; users: number; demo: number }>(
				await tx.execute(sql`select (select count(*)::int from networks) as networks, (select count(*)::int from users) as users, (select count(*)::int from networks where is_demo) as demo`)
			)
		);
		expect(counts[0]).toEqual({ networks: 5, users: 8, demo: 5 });
		const slugs = DEMO_NETWORKS.map((n) => n.slug).sort();
		expect(slugs).toEqual(['herten', 'mettmann', 'moenchengladbach', 'sonneberg', 'wilhelmshaven']);
		const login = await logIn(database.db, { email: 'koordination.herten@example.org', password: DEMO_PASSWORD, clientAddress: '10.2.0.1' }, { sessionHours: 1 });
		expect(login.next).toBe('second_factor');
	});

	it('uses only example.org addresses and phone numbers from the ranges reserved for fiction', () => {
		for (const n of DEMO_NETWORKS) {
			expect(n.contactEmail).toMatch(/@example\.org$/);
			expect(n.coordinator.email).toMatch(/@example\.org$/);
			for (const phone of [n.contactPhone, ...n.helpNumbers.map((h) => h.number)]) {
				expect(phone).toMatch(/^(030 23125|040 66969|0221 4710) \d{3}$/);
			}
		}
	});
});
