import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { body, meetingInput } from '$tests/body-fixtures';
import { getBody } from './get-body';
import { saveBody } from './save-body';
import { getMeeting } from './get-meeting';
import { saveMeeting } from './save-meeting';

describe.each(TEST_DATABASE_KINDS)('bodies and meetings changed meanwhile (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('refuses a save from a form loaded before someone else saved the body or the meeting', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost' };
		const { id: bodyId } = await saveBody(ctx, null, body({ name: 'AG Kita' }));
		await saveBody(ctx, bodyId, body({ name: 'AG Kita und Schule', version: 1 }));
		await expect(saveBody(ctx, bodyId, body({ name: 'Veraltet', version: 1 }))).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
		expect((await getBody(ctx, bodyId)).body).toMatchObject({ name: 'AG Kita und Schule', version: 2 });

		const fields = { title: 'Treffen', day: '2030-05-01', start: '15:00', end: '17:00', agenda: '' };
		const { id } = await saveMeeting(ctx, bodyId, null, meetingInput({ ...fields, place: 'Rathaus' }));
		await saveMeeting(ctx, bodyId, id, meetingInput({ ...fields, version: '1', place: 'Kita' }));
		await expect(
			saveMeeting(ctx, bodyId, id, meetingInput({ ...fields, version: '1', place: 'Schule' }))
		).rejects.toSatisfy((e) => isAppError(e, 'conflict'));
		expect((await getMeeting(ctx, bodyId, id)).meeting).toMatchObject({ place: 'Kita', version: 2 });
	});
});
