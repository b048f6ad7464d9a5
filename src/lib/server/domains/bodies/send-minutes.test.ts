import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { meetings, outbox } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { body, meetingInput, organisation, person } from '$tests/body-fixtures';
import type { MinutesInput } from './minutes-schema';
import { saveBody } from './save-body';
import { saveMeeting } from './save-meeting';
import { saveMinutes } from './save-minutes';
import { sendMinutes } from './send-minutes';

describe.each(TEST_DATABASE_KINDS)('sending the minutes (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('mails the minutes with their tasks and the PDF to each person of the body once', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost' };
		const orgId = await organisation(ctx, 'Kita Beispiel', 'mitglied');
		await person(ctx, orgId, 'Anna Beispiel', 'anna@example.org');
		await person(ctx, orgId, 'Anna im Zweitpostfach', 'ANNA@example.org');
		const { id: bodyId } = await saveBody(ctx, null, body({ name: 'AG Kita', organisationIds: [orgId] }));
		const fields = { title: 'Treffen', day: '2030-05-01', start: '15:00', end: '17:00', place: 'Kita', agenda: '' };
		const { id: meetingId } = await saveMeeting(ctx, bodyId, null, meetingInput(fields));
		const pdf = async () => Buffer.from('%PDF-1.4 Protokoll');

		await expect(sendMinutes(ctx, bodyId, meetingId, pdf)).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'error.minutesEmpty'
		);
		await saveMinutes(ctx, bodyId, meetingId, {
			minutes: 'Beschluss: Flyer drucken.',
			'task-0-title': 'Flyer drucken',
			'task-0-owner': 'Anna Beispiel',
			'task-0-due': '2030-05-15'
		} as MinutesInput);
		expect(await sendMinutes(ctx, bodyId, meetingId, pdf)).toEqual({ sent: 1 });

		const [mail, ...more] = await withSystem(db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.networkId, network.id))
		);
		expect(more).toEqual([]);
		expect(mail!.toAddress).toBe('anna@example.org');
		expect(mail!.subject).toContain('Protokoll: AG Kita – Treffen');
		expect(mail!.textBody).toContain('Beschluss: Flyer drucken.');
		expect(mail!.textBody).toContain('Aufgaben:\n• Flyer drucken – Anna Beispiel – fällig 2030-05-15');
		expect(mail!.attachments.map((a) => a.filename)).toEqual(['protokoll.pdf']);
		const [sent] = await withSystem(db, (tx) => tx.select().from(meetings).where(eq(meetings.id, meetingId)));
		expect(sent!.minutesSentAt).not.toBeNull();
	});
});
