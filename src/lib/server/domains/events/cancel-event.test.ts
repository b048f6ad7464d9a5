import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { eventForm, mailsOf, registerPeople } from '$tests/event-fixtures';
import { addParticipant } from './add-participant';
import { cancelEvent } from './cancel-event';
import { createEvent } from './create-event';
import { getEvent } from './get-event';
import { publishEvent } from './publish-event';
import { registerForEvent } from './register-for-event';

describe.each(TEST_DATABASE_KINDS)('cancelling an event (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('mails every active registrant with METHOD:CANCEL for each session (same UIDs, higher SEQUENCE), and takes nobody after', async () => {
		const network = await makeNetwork(database.db, 'absage');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = { ...tenantContext(database.db, network, coordinator), baseUrl: 'https://netz.example.org' };
		const { id } = await createEvent(
			ctx,
			eventForm({
				capacity: '2',
				'session-1-day': '2030-03-12',
				'session-1-start': '09:00',
				'session-1-end': '12:00',
				'session-1-place': 'Rathaus'
			})
		);
		await publishEvent(ctx, id);
		await registerPeople(ctx, id, 3); // 2 registered, 1 waiting
		await addParticipant(ctx, id, {
			name: 'Ohne Adresse',
			email: '',
			phone: '030 23125 100',
			organisationName: '',
			persons: 1,
			place: 'waiting'
		});
		const { sessions } = await getEvent(ctx, id);

		const { mailed } = await cancelEvent(ctx, id);
		expect(mailed).toBe(3);
		const mails = await mailsOf(database.db, network.id, 'event_cancelled');
		expect(mails.map((m) => m.toAddress).sort()).toEqual([
			'teilnehmerin0@example.org',
			'teilnehmerin1@example.org',
			'teilnehmerin2@example.org'
		]);
		const mail = mails[0]!;
		expect(mail.subject).toMatch(/^Abgesagt: Frühe Hilfen im Sozialraum/);
		expect(mail.textBody).toContain('Sie findet nicht statt');
		expect(mail.attachments).toHaveLength(1);
		const attachment = mail.attachments[0]!;
		expect(attachment.contentType).toContain('method=CANCEL');
		const calendar = new ICAL.Component(ICAL.parse(Buffer.from(attachment.contentBase64, 'base64').toString('utf-8')));
		expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
		const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(vevents.map((v) => v.uid).sort()).toEqual(sessions.map((s) => `${s.id}@netz.example.org`).sort());
		expect(vevents.every((v) => v.sequence === 1)).toBe(true);
		expect(calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('status'))).toEqual([
			'CANCELLED',
			'CANCELLED'
		]);

		const after = await getEvent(ctx, id);
		expect(after.event).toMatchObject({ status: 'cancelled', sequence: 1 });
		await expect(registerForEvent(ctx, id, { name: 'Spät', email: 'spaet@example.org' })).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'events.error.closed.cancelled'
		);
		await expect(cancelEvent(ctx, id)).rejects.toSatisfy((e) => isAppError(e, 'validation'));
	});

	it('only the coordination cancels', async () => {
		const network = await makeNetwork(database.db, 'absage-rolle');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const member = await makeUser(database.db, { roles: [{ role: 'member', networkId: network.id }] });
		const ctx = { ...tenantContext(database.db, network, coordinator), baseUrl: 'https://netz.example.org' };
		const { id } = await createEvent(ctx, eventForm());
		await expect(
			cancelEvent({ ...tenantContext(database.db, network, member), baseUrl: ctx.baseUrl }, id)
		).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
	});
});
