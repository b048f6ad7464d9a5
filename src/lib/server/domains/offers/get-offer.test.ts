import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts } from '$lib/server/db/schema';
import { offerInput as input, reviewSetup } from '$tests/offer-fixtures';
import { saveOffer } from './save-offer';
import { getPublishedOffer } from './get-offer';

/** The offer page's Einzugsgebiet (issue 15): district names, the whole network area, or none. */
describe.each(TEST_DATABASE_KINDS)('the Einzugsgebiet of a published offer (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('names the districts served in order, says "whole network area", or has none', async () => {
		const { db, network, coord } = await reviewSetup(database.db);
		const [west, ost] = await withSystem(db, (tx) =>
			tx
				.insert(districts)
				.values([
					{ networkId: network.id, name: 'West' },
					{ networkId: network.id, name: 'Ost' }
				])
				.returning()
		);
		const visitor = { db, network, actor: null };
		const area = await saveOffer(coord, null, input({ serviceDistrictIds: [west!.id, ost!.id] }));
		const whole = await saveOffer(coord, null, input({ servesWholeNetwork: true }));
		const none = await saveOffer(coord, null, input({}));
		expect((await getPublishedOffer(visitor, area.id)).serviceArea).toEqual({
			wholeNetwork: false,
			districts: ['Ost', 'West']
		});
		expect((await getPublishedOffer(visitor, whole.id)).serviceArea).toEqual({ wholeNetwork: true, districts: [] });
		expect((await getPublishedOffer(visitor, none.id)).serviceArea).toBeNull();
	});
});
