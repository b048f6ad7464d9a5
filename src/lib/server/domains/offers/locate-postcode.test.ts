import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import { getNetworkBySlug } from '$lib/server/domains/tenancy/get-network';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { emptySearch as empty } from '$tests/offer-fixtures';
import { searchOffers } from './search-offers';

describe.each(TEST_DATABASE_KINDS)('near me on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await seedDemoData(database.db);
		ctx = { db: database.db, network: await getNetworkBySlug(database.db, 'herten'), actor: null };
	}, 120_000);
	afterAll(() => database.close());

	it('sorts by distance from a postcode of the network and refuses postcodes outside it', async () => {
		const { locateOrigin } = await import('./locate-postcode');
		const origin = await locateOrigin(ctx, { postcode: '45699' });
		expect(origin?.districts.sort()).toEqual(['Disteln', 'Herten-Mitte']);
		const result = await searchOffers(ctx, { ...empty, q: 'Elterncafé', origin });
		const distances = result.hits.map((h) => h.distanceKm ?? Infinity);
		expect(distances).toEqual([...distances].sort((a, b) => a - b));
		expect(distances[0]).toBeLessThan(2);
		expect(await locateOrigin(ctx, { postcode: '10115' })).toBeNull();
	});
});
