import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { tenantTx } from '$lib/server/domains/shared/context';
import { body, organisation, person } from '$tests/body-fixtures';
import { saveBody } from './save-body';
import { actorBodyIds } from './actor-bodies';

describe.each(TEST_DATABASE_KINDS)('the people of a body (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('a login belongs to the bodies of its organisation, of its contact entry, and to all-members bodies while its organisation is a member', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const centre = await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', 'mitglied');
		const office = await organisation(ctx, 'Jugendamt Beispielstadt', 'angefragt');
		await person(ctx, office, 'Olga Amt', 'olga@jugendamt.example.org');
		const olgaContact = await person(ctx, office, 'Olga Amt (zweite Adresse)', 'olga.amt@jugendamt.example.org');

		const { id: group } = await saveBody(
			ctx,
			null,
			body({ name: 'AG Frühe Bildung (Beispiel)', organisationIds: [centre] })
		);
		const { id: steering } = await saveBody(
			ctx,
			null,
			body({ name: 'Steuerungsgruppe (Beispiel)', kind: 'steuerungsgruppe', contactIds: [olgaContact] })
		);
		const { id: conference } = await saveBody(
			ctx,
			null,
			body({ name: 'Netzwerkkonferenz (Beispiel)', kind: 'netzwerkkonferenz', allMembers: true })
		);
		await saveBody(ctx, null, body({ name: 'Runder Tisch ohne sie (Beispiel)', kind: 'runder_tisch' }));

		const bodiesOf = async (actor: Awaited<ReturnType<typeof makeUser>>) =>
			[...(await tenantTx(ctx, (tx) => actorBodyIds(tx, ctx, actor)))].sort();
		const provider = await makeUser(db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: centre }]
		});
		expect(await bodiesOf(provider)).toEqual([group, conference].sort());
		// Olga logs in with the address of her single-person membership (any spelling).
		const member = await makeUser(db, {
			email: 'Olga.Amt@jugendamt.example.org',
			roles: [{ role: 'member', networkId: network.id }]
		});
		expect(await bodiesOf(member)).toEqual([steering]);
		// The centre leaves the network: still in the body that lists it, no longer in the conference.
		await organisation(ctx, 'Familienzentrum Ahornweg (Beispiel)', 'ausgetreten', centre, 1);
		expect(await bodiesOf(provider)).toEqual([group]);
	});
});
