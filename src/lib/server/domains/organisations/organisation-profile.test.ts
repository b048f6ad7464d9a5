import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { organisationFormValues } from './organisation-form-values';
import { getOwnOrganisation, updateOwnOrganisation } from './organisation-profile';
import { organisationProfileSchema } from './organisation-schema';

describe.each(TEST_DATABASE_KINDS)("a provider's organisation profile (%s)", (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('saves the own profile with optimistic locking and refuses a name another organisation of the network has', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const own = await makeOrganisation(db, network.id, 'Familienzentrum Ahornweg (Beispiel)');
		await makeOrganisation(db, network.id, 'Jugendamt Beispielstadt');
		const provider = await makeUser(db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: own.id }]
		});
		const ctx = tenantContext(db, network, provider);
		const form = (values: Record<string, unknown>) =>
			organisationProfileSchema.parse({ ...organisationFormValues(own), ...values });

		await updateOwnOrganisation(ctx, form({ city: 'Beispielstadt', districtIds: [] }));
		const { organisation } = await getOwnOrganisation(ctx);
		expect(organisation).toMatchObject({ city: 'Beispielstadt', version: own.version + 1 });

		// Saved again from the form as it was loaded before: someone else's change in between.
		await expect(updateOwnOrganisation(ctx, form({ city: 'Anderswo' }))).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
		await expect(
			updateOwnOrganisation(ctx, form({ version: organisation.version, name: 'jugendamt beispielstadt' }))
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details?.message === 'error.organisationNameTaken');
		expect((await getOwnOrganisation(ctx)).organisation.city).toBe('Beispielstadt');
	});
});
