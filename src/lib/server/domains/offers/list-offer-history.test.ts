import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers } from '$lib/server/db/schema';
import { offerInput as input, reviewSetup } from '$tests/offer-fixtures';
import { saveOffer } from './save-offer';
import { listOfferHistory } from './list-offer-history';

describe.each(TEST_DATABASE_KINDS)('offer review workflow (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => reviewSetup(database.db);

	it('stores several locations and translations', async () => {
		const { db, coord } = await setup();
		const { id } = await saveOffer(
			coord,
			null,
			input({
				'loc0-street': 'Am Markt 1',
				'loc0-postcode': '12345',
				'loc1-street': 'Parkweg 2',
				'loc1-postcode': '12347',
				'tr-en-title': 'Baby meet-up',
				'tr-tr-summary': 'Bebek buluşması'
			})
		);
		const [row] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(row!.translations).toEqual({ en: { title: 'Baby meet-up' }, tr: { summary: 'Bebek buluşması' } });
		const history = await listOfferHistory(coord, id);
		expect(history.versions[0]!.data['loc1-street']).toBe('Parkweg 2');
	});
});
