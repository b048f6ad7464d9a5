import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeOrganisation } from '$tests/fixtures';
import { offerInput as input, reviewSetup } from '$tests/offer-fixtures';
import { saveOffer } from './save-offer';
import { proposeOfferChange } from './propose-offer-change';
import { loadProviderOfferForm } from './load-offer-form';

describe.each(TEST_DATABASE_KINDS)('offer review workflow (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => reviewSetup(database.db);

	it("refuses a provider's change to another organisation's offer and a stale version", async () => {
		const { db, network, coord, prov } = await setup();
		const other = await makeOrganisation(db, network.id);
		const { id, version } = await saveOffer(coord, null, input({ organisationId: other.id }));
		await expect(proposeOfferChange(prov, id, input({ version }))).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		const own = await saveOffer(
			coord,
			null,
			input({ organisationId: (await loadProviderOfferForm(prov, null)).organisationId })
		);
		await saveOffer(
			coord,
			own.id,
			input({
				version: own.version,
				organisationId: (await loadProviderOfferForm(prov, null)).organisationId,
				title: 'Neuer Titel'
			})
		);
		await expect(proposeOfferChange(prov, own.id, input({ version: own.version }))).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
	});
});
