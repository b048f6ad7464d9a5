import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';

describe.each(TEST_DATABASE_KINDS)('search statistics on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('counts searches per day, normalised term, filters and result count — nothing else', async () => {
		const { makeNetwork } = await import('$tests/fixtures');
		const { searchStatOf } = await import('./record-search');
		const { countSearch, flushSearchStats } = await import('./search-stats-buffer');
		const recordSearch = async (c: Parameters<typeof searchStatOf>[0], input: Parameters<typeof searchStatOf>[1]) => {
			const stat = searchStatOf(c, input);
			if (stat) countSearch(stat);
		};
		const { withSystem } = await import('$lib/server/db/scope');
		const { searchStats } = await import('$lib/server/db/schema');
		const network = await makeNetwork(database.db);
		const c = { db: database.db, network, actor: null, now: new Date('2026-11-23T10:00:00Z') };
		await recordSearch(c, {
			q: 'Hebämme  Kurs',
			filters: { lebensphase: ['1-3', '0-1'], kostenlos: true, thema: [] },
			resultCount: 0
		});
		await recordSearch(c, {
			q: 'kurs hebamme',
			filters: { kostenlos: true, lebensphase: ['0-1', '1-3'] },
			resultCount: 0
		});
		await recordSearch(c, { q: '', filters: {}, resultCount: 40 });
		expect(await flushSearchStats(database.db)).toBe(1);
		const rows = await withSystem(database.db, (tx) => tx.select().from(searchStats));
		expect(rows).toHaveLength(1);
		expect(
			rows.map((r) => ({
				day: r.day,
				term: r.term,
				filters: r.filters,
				resultCount: r.resultCount,
				searches: r.searches
			}))
		).toContainEqual({
			day: '2026-11-23',
			term: 'hebamme kurs',
			filters: 'kostenlos=1;lebensphase=0-1,1-3',
			resultCount: 0,
			searches: 2
		});
	});
});
