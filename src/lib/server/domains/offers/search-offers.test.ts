import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { emptySearch as empty } from '$tests/offer-fixtures';
import { searchOffers } from './search-offers';

/** Query → title expected among the first three hits, on the Herten demo data. */
const RANKING: [string, string][] = [
	['Hebammen', 'Hebammensprechstunde'],
	['hebame', 'Hebammensprechstunde'],
	['kinderartz', 'Kinderarzt-Sprechstunde mit Dolmetschung'],
	['Pädiater', 'Kinderarzt-Sprechstunde mit Dolmetschung'],
	['Kinder- und Jugendarzt', 'Kinderarzt-Sprechstunde mit Dolmetschung'],
	['Schreiambulanz', 'Schreibaby-Beratung'],
	['schreibaby', 'Schreibaby-Beratung'],
	['krabelgruppe', 'Krabbelgruppe'],
	['Frühförderung', 'Frühförderung'],
	['fruhforderung', 'Frühförderung'],
	['Elterngeld', 'Beratung zu Elterngeld und Kindergeld'],
	['Tagesmutter', 'Kindertagespflege – Vermittlung'],
	['Deutschkurs', 'Sprachkurs mit Kinderbetreuung'],
	['Familienhebamme', 'Familienhebamme – Hausbesuche']
];

describe.each(TEST_DATABASE_KINDS)('searchOffers on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await seedDemoData(database.db);
		const network = await getNetworkBySlug(database.db, 'herten');
		ctx = { db: database.db, network, actor: null };
	}, 120_000);
	afterAll(() => database.close());

	it('has at least 60 published offers per demo network, spread over all life stages', async () => {
		for (const slug of ['mettmann', 'moenchengladbach', 'sonneberg', 'herten', 'wilhelmshaven']) {
			const network = await getNetworkBySlug(database.db, slug);
			const all = await searchOffers({ db: database.db, network, actor: null }, empty);
			expect(all.total, slug).toBeGreaterThanOrEqual(60);
			expect(all.facets.lifeStage.map((f) => f.value).sort()).toEqual([
				'0-1',
				'1-3',
				'grundschule',
				'kita',
				'schwangerschaft',
				'uebergreifend'
			]);
		}
	});

	it.each(RANKING)('ranks "%s" → %s', async (q, title) => {
		const result = await searchOffers(ctx, { ...empty, q });
		expect(result.hits.slice(0, 3).map((h) => h.title)).toContain(title);
	});

	it('narrows with filters and counts facets over the other filters', async () => {
		const all = await searchOffers(ctx, empty);
		const pregnancy = await searchOffers(ctx, { ...empty, lifeStages: ['schwangerschaft'] });
		expect(pregnancy.total).toBeLessThan(all.total);
		expect(pregnancy.total).toBe(all.facets.lifeStage.find((f) => f.value === 'schwangerschaft')?.count);
		expect(pregnancy.hits.every((h) => h.lifeStages.includes('schwangerschaft'))).toBe(true);
		// The life-stage facet still offers the other stages (widening), with their counts.
		expect(pregnancy.facets.lifeStage.length).toBe(6);
		const free = await searchOffers(ctx, { ...empty, lifeStages: ['schwangerschaft'], costFree: true });
		expect(free.hits.every((h) => h.costFree)).toBe(true);
		expect(free.total).toBe(pregnancy.facets.costFree);
		const turkish = await searchOffers(ctx, { ...empty, languages: ['tr'] });
		expect(turkish.hits.every((h) => h.languages.includes('tr'))).toBe(true);
	});

	it('pages through results', async () => {
		const first = await searchOffers(ctx, { ...empty, page: 1 });
		const second = await searchOffers(ctx, { ...empty, page: 2 });
		expect(first.hits).toHaveLength(20);
		expect(second.hits[0]?.id).not.toBe(first.hits[0]?.id);
		expect(first.pageCount).toBe(Math.ceil(first.total / 20));
	});

	it('suggests the closest spelling when nothing matches', async () => {
		const result = await searchOffers(ctx, { ...empty, q: 'xylofonunterricht' });
		expect(result.total).toBe(0);
		const typo = await searchOffers(ctx, { ...empty, q: 'krabelgrupe', lifeStages: ['grundschule'] });
		expect(typo.total).toBe(0);
		expect(typo.suggestions).toEqual(['krabbelgruppe']);
	});

	it("never returns another network's offers", async () => {
		const mettmann = await getNetworkBySlug(database.db, 'mettmann');
		const result = await searchOffers(
			{ db: database.db, network: mettmann, actor: null },
			{ ...empty, q: 'Westerholt' }
		);
		expect(result.total).toBe(0);
		const herten = await searchOffers(ctx, { ...empty, q: 'Westerholt' });
		expect(herten.total).toBeGreaterThan(0);
	});
});
