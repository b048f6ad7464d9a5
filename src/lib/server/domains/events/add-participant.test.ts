import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { eventForm, mailsOf, registrationsOf } from '$tests/event-fixtures';
import { addParticipant } from './add-participant';
import { createEvent } from './create-event';
import { listParticipants } from './list-participants';
import { moveParticipant } from './move-participant';
import { publishEvent } from './publish-event';

const person = (name: string, place: 'auto' | 'registered' | 'waiting' = 'auto') => ({
	name,
	email: `${name.toLowerCase().replace(/[^a-z]/g, '')}@example.org`,
	phone: '',
	organisationName: 'Kita Regenbogen (Beispiel)',
	persons: 1,
	place
});

describe.each(TEST_DATABASE_KINDS)('participants by hand (%s)', (kind) => {
	let database: Database;
	let network: Awaited<ReturnType<typeof makeNetwork>>;
	let ctx: ReturnType<typeof tenantContext> & { baseUrl: string };
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		network = await makeNetwork(database.db, 'von-hand');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		ctx = { ...tenantContext(database.db, network, coordinator), baseUrl: 'https://netz.example.org' };
	});
	afterAll(() => database?.close());

	it('fills the seats, then the waiting list; a forced seat overbooks and says so', async () => {
		const { id } = await createEvent(ctx, eventForm({ capacity: '2' }));
		await publishEvent(ctx, id);
		expect(await addParticipant(ctx, id, person('Anna'))).toMatchObject({ status: 'registered', overbooked: false });
		expect(await addParticipant(ctx, id, person('Berta'))).toMatchObject({ status: 'registered', overbooked: false });
		expect(await addParticipant(ctx, id, person('Clara'))).toMatchObject({
			status: 'waiting',
			waitingPosition: 1,
			overbooked: false
		});
		expect(await addParticipant(ctx, id, person('Dora', 'registered'))).toMatchObject({
			status: 'registered',
			overbooked: true
		});
		const list = await listParticipants(ctx, id);
		expect(list.counts).toMatchObject({ taken: 3, waiting: 1 });
		expect(list.participants.map((p) => [p.name, p.status, p.waitingPosition])).toEqual([
			['Anna', 'registered', null],
			['Berta', 'registered', null],
			['Clara', 'waiting', 1],
			['Dora', 'registered', null]
		]);
	});

	it('an event without waiting list that is full refuses with a message; a cancelled one takes nobody', async () => {
		const { id } = await createEvent(ctx, eventForm({ capacity: '1', waitingList: false }));
		await publishEvent(ctx, id);
		await addParticipant(ctx, id, person('Erika'));
		await expect(addParticipant(ctx, id, person('Frieda'))).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'events.error.full'
		);
	});

	it('cancelling someone gives the seat to the first on the waiting list and mails them; moving back to the waiting list promotes nobody', async () => {
		const { id } = await createEvent(ctx, eventForm({ capacity: '1' }));
		await publishEvent(ctx, id);
		for (const name of ['Gerda', 'Hanna', 'Ida']) await addParticipant(ctx, id, person(name));
		const rows = await registrationsOf(database.db, id);
		const moved = await moveParticipant(ctx, id, rows[0]!.id, 'cancelled');
		expect(moved).toEqual({ promoted: 1, overbooked: false });
		expect((await registrationsOf(database.db, id)).map((r) => r.status)).toEqual([
			'cancelled',
			'registered',
			'waiting'
		]);
		const mails = (await mailsOf(database.db, network.id, 'seat_promoted')).filter(
			(m) => m.toAddress === 'hanna@example.org'
		);
		expect(mails).toHaveLength(1);

		expect(await moveParticipant(ctx, id, rows[1]!.id, 'waiting')).toEqual({ promoted: 0, overbooked: false });
		expect((await registrationsOf(database.db, id)).map((r) => r.status)).toEqual(['cancelled', 'waiting', 'waiting']);
		expect(await moveParticipant(ctx, id, rows[2]!.id, 'registered')).toEqual({ promoted: 0, overbooked: false });
		expect(await moveParticipant(ctx, id, rows[0]!.id, 'registered')).toEqual({ promoted: 0, overbooked: true });
	});

	it("refuses another event's registration and another organisation's provider", async () => {
		const { id } = await createEvent(ctx, eventForm());
		const { id: other } = await createEvent(ctx, eventForm());
		await addParticipant(ctx, other, person('Jana'));
		const [foreign] = await registrationsOf(database.db, other);
		await expect(moveParticipant(ctx, id, foreign!.id, 'cancelled')).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
		const organisation = await makeOrganisation(database.db, network.id);
		const provider = await makeUser(database.db, {
			roles: [{ role: 'provider', networkId: network.id, organisationId: organisation.id }]
		});
		const providerCtx = tenantContext(database.db, network, provider);
		await expect(addParticipant(providerCtx, id, person('Karla'))).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		await expect(listParticipants(providerCtx, id)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
	});
});
