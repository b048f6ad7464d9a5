import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { meetingInvitations, meetings, networks, outbox, tasks } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { body, meetingInput, organisation, person } from '$tests/body-fixtures';
import { listPublicBodies } from './list-bodies';
import { saveBody } from './save-body';
import { inviteToMeeting } from './invite-to-meeting';
import { saveMeeting } from './save-meeting';
import { sendTaskReminders } from './send-task-reminders';
import { answerAsMember, memberMeeting, myMeetings } from './member-meetings';
import type { MinutesInput } from './minutes-schema';
import { saveMinutes } from './save-minutes';
import { resolveTaskOwner } from './task-owners';

describe.each(TEST_DATABASE_KINDS)('meetings, invitations and answers (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('reminds task owners once, three days before the due date: a contact of the body, or the coordination', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		await withSystem(db, (tx) =>
			tx
				.update(networks)
				.set({ contactEmail: 'koordination@example.org', contactName: 'Lena Lorem' })
				.where(eq(networks.id, network.id))
		);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const now = new Date('2026-05-10T07:00:00Z');
		const ctx = { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost', now };
		const orgId = await organisation(ctx, 'Kita Regenbogen (Beispiel)', 'mitglied');
		await person(ctx, orgId, 'Selin Probe', 'selin@example.org');
		// A freelance midwife belongs to the body in person (and leads it), not her whole organisation.
		const midwifeOrgId = await organisation(ctx, 'Hebammenpraxis (Beispiel)', 'mitglied');
		const olena = await person(ctx, midwifeOrgId, 'Olena Beispiel', 'olena@example.org');
		await person(ctx, midwifeOrgId, 'Nicht im Gremium', 'andere@example.org');
		const { id: bodyId } = await saveBody(
			ctx,
			null,
			body({ name: 'AG Kita', organisationIds: [orgId], leadContactId: olena })
		);
		const meeting = meetingInput({
			title: 'Treffen',
			day: '2026-05-01',
			start: '15:00',
			end: '17:00',
			place: 'Kita',
			agenda: ''
		});
		const { id: meetingId } = await saveMeeting(ctx, bodyId, null, meeting);
		expect(
			resolveTaskOwner(
				[{ contactId: 'x', name: 'Selin Probe', label: 'Selin Probe (Kita Regenbogen (Beispiel))' }],
				'selin probe'
			)
		).toBe('x');
		await saveMinutes(ctx, bodyId, meetingId, {
			minutes: 'Beschlüsse',
			'task-0-title': 'Elternbrief schreiben',
			'task-0-owner': 'Selin Probe (Kita Regenbogen (Beispiel))',
			'task-0-due': '2026-05-12',
			'task-1-title': 'Raum buchen',
			'task-1-owner': 'Koordination',
			'task-1-due': '2026-05-13',
			'task-2-title': 'Später fällig',
			'task-2-owner': 'Selin Probe',
			'task-2-due': '2026-05-30'
		} as MinutesInput);
		await saveMinutes(ctx, bodyId, meetingId, {
			minutes: 'Beschlüsse',
			'task-0-title': 'Hebammensprechstunde planen',
			'task-0-owner': 'Olena Beispiel',
			'task-0-due': '2026-05-12'
		} as MinutesInput);
		await saveMinutes(ctx, bodyId, meetingId, {
			minutes: 'Beschlüsse',
			'task-0-title': 'Alle lesen den Entwurf',
			'task-0-owner': 'alle',
			'task-0-due': '2026-05-11'
		} as MinutesInput);
		const saved = await withSystem(db, (tx) => tx.select().from(tasks).where(eq(tasks.meetingId, meetingId)));
		expect(
			saved
				.filter((t) => t.ownerContactId)
				.map((t) => t.title)
				.sort()
		).toEqual(['Elternbrief schreiben', 'Hebammensprechstunde planen', 'Später fällig']);

		expect(await sendTaskReminders(db, { now })).toEqual({ mails: 3, tasks: 3 }); // "alle" has no address, the later task is not due yet
		expect(await sendTaskReminders(db, { now })).toEqual({ mails: 0, tasks: 0 }); // once
		const mails = await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'task_reminder')));
		expect(mails.map((m) => m.toAddress).sort()).toEqual([
			'koordination@example.org',
			'olena@example.org',
			'selin@example.org'
		]);
		expect(mails.find((m) => m.toAddress === 'selin@example.org')!.textBody).toContain(
			'Elternbrief schreiben – fällig am 12.05.2026 (aus: Treffen)'
		);
		expect(await sendTaskReminders(db, { now: new Date('2026-05-28T07:00:00Z') })).toEqual({ mails: 1, tasks: 1 });

		// The body reaches the organisation's contacts and the single person, not her colleagues.
		await withSystem(db, (tx) =>
			tx
				.update(meetings)
				.set({ startsAt: new Date('2026-06-01T13:00:00Z'), endsAt: new Date('2026-06-01T15:00:00Z') })
				.where(eq(meetings.id, meetingId))
		);
		await inviteToMeeting({ ...ctx, now }, bodyId, meetingId);
		const invited = await withSystem(db, (tx) =>
			tx.select().from(meetingInvitations).where(eq(meetingInvitations.meetingId, meetingId))
		);
		expect(invited.map((i) => i.email).sort()).toEqual(['olena@example.org', 'selin@example.org']);
		expect(await listPublicBodies(tenantContext(db, network, null))).toEqual([
			{ name: 'AG Kita', kind: 'arbeitsgruppe', purpose: '', lead: '' }
		]); // the lead has no public consent

		// A Netzwerkkonferenz of all members reaches every member organisation, also ones that join later.
		const { id: conferenceId } = await saveBody(
			ctx,
			null,
			body({ name: 'Netzwerkkonferenz', kind: 'netzwerkkonferenz', allMembers: true })
		);
		const conference = meetingInput({
			title: 'Herbstkonferenz',
			day: '2026-06-10',
			start: '15:00',
			end: '17:00',
			place: 'Rathaus'
		});
		const { id: conferenceMeeting } = await saveMeeting(ctx, conferenceId, null, conference);
		await inviteToMeeting({ ...ctx, now }, conferenceId, conferenceMeeting);
		const all = await withSystem(db, (tx) =>
			tx.select().from(meetingInvitations).where(eq(meetingInvitations.meetingId, conferenceMeeting))
		);
		expect(all.map((i) => i.email).sort()).toEqual(['andere@example.org', 'olena@example.org', 'selin@example.org']);

		// In the internal area, Selin (a login with her contact address) sees the meetings of her bodies and answers there.
		const selin = tenantContext(
			db,
			network,
			await makeUser(db, { email: 'selin@example.org', roles: [{ role: 'member', networkId: network.id }] })
		);
		const stranger = tenantContext(
			db,
			network,
			await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] })
		);
		const mine = await myMeetings({ ...selin, now });
		expect(mine.upcoming.map((m) => `${m.bodyName}: ${m.title} (${m.answer})`)).toEqual([
			'AG Kita: Treffen (null)',
			'Netzwerkkonferenz: Herbstkonferenz (null)'
		]);
		await answerAsMember({ ...selin, now }, conferenceMeeting, 'yes');
		expect((await memberMeeting(selin, conferenceMeeting)).answer).toBe('yes');
		expect((await memberMeeting(selin, meetingId)).meeting.minutes).toBe(''); // not sent yet
		expect(await myMeetings({ ...stranger, now })).toEqual({ upcoming: [], past: [] });
		await expect(memberMeeting(stranger, meetingId)).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		await expect(answerAsMember({ ...stranger, now }, conferenceMeeting, 'yes')).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
	});
});
