import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { outbox } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { body, meetingInput, organisation, person, rsvpTokenOf } from '$tests/body-fixtures';
import { saveBody } from './save-body';
import { inviteToMeeting } from './invite-to-meeting';
import { saveMeeting } from './save-meeting';
import { answerRsvp, describeRsvp } from './rsvp';
import { sendMeetingReminders } from './send-meeting-reminders';

describe.each(TEST_DATABASE_KINDS)('meetings, invitations and answers (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('invites once, answers by link, reminds once before the meeting, refuses past meetings and foreign links', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const now = new Date('2026-03-01T09:00:00Z');
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost', now };
		const orgId = await organisation(ctx, 'Jugendamt Beispiel', 'mitglied');
		await person(ctx, orgId, 'Anna Beispiel', 'anna@example.org');
		await person(ctx, orgId, 'Ohne Mail', '');
		const { id: bodyId } = await saveBody(
			ctx,
			null,
			body({ name: 'Steuerungsgruppe', kind: 'steuerungsgruppe', organisationIds: [orgId] })
		);
		const input = (day: string) =>
			meetingInput({ title: 'Sitzung', day, start: '15:00', end: '17:00', place: 'Rathaus', agenda: '' });
		const { id: past } = await saveMeeting(ctx, bodyId, null, input('2026-02-01'));
		await expect(inviteToMeeting(ctx, bodyId, past)).rejects.toSatisfy((e) => isAppError(e, 'validation'));
		const { id } = await saveMeeting(ctx, bodyId, null, input('2026-03-03'));
		expect(await inviteToMeeting(ctx, bodyId, id)).toEqual({ invited: 1 });
		expect(await inviteToMeeting(ctx, bodyId, id)).toEqual({ invited: 0 }); // nobody twice
		const token = await rsvpTokenOf(db, 'meeting_invitation');
		expect((await describeRsvp(db, other.slug, token, now)).state).toBe('other_network');
		expect((await answerRsvp(db, network.slug, token, 'yes', now)).state).toBe('answered');
		expect((await describeRsvp(db, network.slug, token, new Date('2026-03-10T00:00:00Z'))).state).toBe('expired');

		expect(
			await sendMeetingReminders(db, { now: new Date('2026-02-20T09:00:00Z'), baseUrl: 'http://localhost' })
		).toEqual({ reminded: 0 });
		expect(await sendMeetingReminders(db, { now, baseUrl: 'http://localhost' })).toEqual({ reminded: 1 });
		expect(await sendMeetingReminders(db, { now, baseUrl: 'http://localhost' })).toEqual({ reminded: 0 });
		const reminders = await withSystem(db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.template, 'meeting_reminder'))
		);
		expect(reminders.map((m) => m.toAddress)).toEqual(['anna@example.org']);
		expect(reminders[0]!.textBody).toContain(`/antwort/${network.slug}/`);
	});
});
