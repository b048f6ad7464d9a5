import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { offerInput as input, reviewSetup } from '$tests/offer-fixtures';
import { saveOffer } from './save-offer';
import { listOfferHistory } from './list-offer-history';
import { restoreOfferVersion } from './restore-offer-version';

describe.each(TEST_DATABASE_KINDS)('offer review workflow (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => reviewSetup(database.db);

	it('keeps every version and restores an older one as a new version', async () => {
		const { db, coord } = await setup();
		const first = await saveOffer(coord, null, input({ title: 'Fassung eins' }));
		const second = await saveOffer(coord, first.id, input({ version: first.version, title: 'Fassung zwei' }));
		const history = await listOfferHistory(coord, first.id);
		expect(history.versions.map((v) => v.data.title)).toEqual(['Fassung zwei', 'Fassung eins']);
		expect(history.versions[0]!.changes).toContain('title');
		await restoreOfferVersion(coord, first.id, history.versions[1]!.id, second.version);
		const [row] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, first.id)));
		expect(row!.title).toBe('Fassung eins');
		expect((await listOfferHistory(coord, first.id)).versions).toHaveLength(3);
		await expect(restoreOfferVersion(coord, first.id, history.versions[0]!.id, second.version)).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
	});
});
