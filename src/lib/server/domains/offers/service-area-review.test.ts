import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, offers } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { offerInput as input, reviewSetup } from '$tests/offer-fixtures';
import { makeNetwork } from '$tests/fixtures';
import { saveOffer } from './save-offer';
import { proposeOfferChange } from './propose-offer-change';
import { decideOfferChange, getOfferChange, listReviewQueue } from './review-offer-change';

/** The Einzugsgebiet through a provider's change: stored in the version, shown by name in the diff, live on approval. */
describe.each(TEST_DATABASE_KINDS)('Einzugsgebiet in the review workflow (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('a provider adds districts served; the coordinator sees their names and approves', async () => {
		const { db, network, org, coord, prov } = await reviewSetup(database.db);
		const [ost, west] = await withSystem(db, (tx) =>
			tx
				.insert(districts)
				.values([
					{ networkId: network.id, name: 'Ost' },
					{ networkId: network.id, name: 'West' }
				])
				.returning()
		);
		const { id, version } = await saveOffer(coord, null, input({ organisationId: org.id }));
		await proposeOfferChange(prov, id, input({ version, serviceDistrictIds: [ost!.id, west!.id] }));
		const [queued] = await listReviewQueue(coord);
		const change = await getOfferChange(coord, queued!.id);
		expect(change.version.data.serviceDistrictIds).toEqual([ost!.id, west!.id]);
		expect(change.changes).toContainEqual({ field: 'serviceDistrictIds', before: '', after: 'Ost, West' });
		await decideOfferChange(coord, queued!.id, { decision: 'approve' });
		const [row] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(row!.serviceDistrictIds.sort()).toEqual([ost!.id, west!.id].sort());
		expect(row!.servesWholeNetwork).toBe(false);
	});

	it('refuses another network’s district in the Einzugsgebiet with a field error', async () => {
		const { coord } = await reviewSetup(database.db);
		const other = await makeNetwork(database.db);
		const [foreign] = await withSystem(database.db, (tx) =>
			tx.insert(districts).values({ networkId: other.id, name: 'Fremd' }).returning()
		);
		await expect(saveOffer(coord, null, input({ serviceDistrictIds: [foreign!.id] }))).rejects.toSatisfy(
			(e) =>
				isAppError(e, 'validation') && (e as { details?: { field?: string } }).details?.field === 'serviceDistrictIds'
		);
	});
});
