import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { meetingInvitations } from '$lib/server/db/schema';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { body, meetingInput, organisation, person, rsvpTokenOf, rsvpTokensOf } from '$tests/body-fixtures';
import { saveBody } from './save-body';
import { inviteToMeeting } from './invite-to-meeting';
import { saveMeeting } from './save-meeting';
import { answerRsvp, describeRsvp } from './rsvp';
import { sendMeetingReminders } from './send-meeting-reminders';
import { sha256Hex } from '$lib/server/domains/shared/crypto';

describe.each(TEST_DATABASE_KINDS)('meetings, invitations and answers (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it("stores only hashes of the answer links; the invitation link, the update's and the reminder's all work", async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const now = new Date('2026-04-01T09:00:00Z');
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost', now };
		const orgId = await organisation(ctx, 'Kita Beispiel', 'mitglied');
		await person(ctx, orgId, 'Berta Beispiel', 'berta@example.org');
		const { id: bodyId } = await saveBody(ctx, null, body({ name: 'Arbeitsgruppe', organisationIds: [orgId] }));
		const input = (place: string, version: number) =>
			meetingInput({
				version: String(version),
				title: 'Treffen',
				day: '2026-04-03',
				start: '10:00',
				end: '12:00',
				place,
				agenda: ''
			});
		const { id } = await saveMeeting(ctx, bodyId, null, input('Rathaus', 0));
		await inviteToMeeting(ctx, bodyId, id);
		const invited = await rsvpTokenOf(db, 'meeting_invitation', 'berta@example.org');
		await saveMeeting(ctx, bodyId, id, input('Familienzentrum', 1));
		await sendMeetingReminders(db, { now, baseUrl: 'http://localhost' });
		const tokens = await rsvpTokensOf(db, 'berta@example.org');
		expect(tokens).toHaveLength(3); // invitation, update, reminder
		expect(new Set(tokens).size).toBe(3);
		expect(tokens[0]).toBe(invited);
		const [row] = await withSystem(db, (tx) =>
			tx.select().from(meetingInvitations).where(eq(meetingInvitations.meetingId, id))
		);
		for (const token of tokens) {
			expect(JSON.stringify(row)).not.toContain(token);
			expect(row!.tokenHashes).toContain(sha256Hex(token));
			expect((await describeRsvp(db, network.slug, token, now)).state).toMatch(/^(valid|answered)$/);
		}
		expect((await answerRsvp(db, network.slug, tokens[0]!, 'no', now)).state).toBe('answered');
		expect(await describeRsvp(db, network.slug, tokens[2]!, now)).toMatchObject({ state: 'answered', answer: 'no' });
	});
});
