import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import {
	auditLog,
	bodies,
	contactRequests,
	eventRegistrations,
	eventSessions,
	events,
	meetingInvitations,
	meetings,
	offers,
	outbox,
	retentionRuns,
	sessions
} from '$lib/server/db/schema';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { createSession } from '$lib/server/domains/accounts/create-session';
import { runRetention } from './run-retention';
import { saveRetentionRules } from './save-retention-rules';
import { listRetentionRuns } from './list-retention-rules';

const NOW = new Date('2027-06-01T03:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

/** One network's records, each a given number of days old: the retention job must touch only the due ones. */
async function fill(db: Database['db'], networkId: string, tag: string) {
	const organisation = await makeOrganisation(db, networkId);
	return withSystem(db, async (tx) => {
		const mail = async (sentDaysAgo: number | null, label: string) => {
			const [m] = await tx
				.insert(outbox)
				.values({
					networkId,
					category: 'network',
					template: 'test',
					toAddress: `${label}.${tag}@example.org`,
					subject: `Betreff ${label}`,
					textBody: `Hallo ${label}, Ihr Link: https://portal.example.org/antwort/x`,
					htmlBody: `<p>Hallo ${label}</p>`,
					attachments: [{ filename: 'a.ics', contentType: 'text/calendar', contentBase64: 'QkVHSU4=' }],
					status: sentDaysAgo === null ? 'pending' : 'sent',
					sentAt: sentDaysAgo === null ? null : daysAgo(sentDaysAgo),
					createdAt: daysAgo(sentDaysAgo ?? 200),
					messageId: `<${label}.${tag}@example.org>`
				})
				.returning({ id: outbox.id });
			return m!.id;
		};
		const mails = {
			old: await mail(100, 'alt'),
			mid: await mail(40, 'mittel'),
			fresh: await mail(20, 'neu'),
			unsent: await mail(null, 'offen')
		};
		const audit = async (d: number) => {
			const [a] = await tx
				.insert(auditLog)
				.values({ networkId, actorUserId: null, action: 'update', entity: 'test', entityId: tag, at: daysAgo(d) })
				.returning({ id: auditLog.id });
			return a!.id;
		};
		const audits = { old: await audit(1100), fresh: await audit(1000) };
		const [b] = await tx
			.insert(bodies)
			.values({ networkId, name: `Steuerungsgruppe ${tag}`, kind: 'steuerungsgruppe' })
			.returning({ id: bodies.id });
		const meeting = async (d: number) => {
			const [m] = await tx
				.insert(meetings)
				.values({ networkId, bodyId: b!.id, title: `Sitzung ${d}`, startsAt: daysAgo(d), endsAt: daysAgo(d) })
				.returning({ id: meetings.id });
			const [i] = await tx
				.insert(meetingInvitations)
				.values({
					networkId,
					meetingId: m!.id,
					name: 'Erika Beispiel',
					email: `erika.${d}.${tag}@example.org`,
					expiresAt: daysAgo(d - 1),
					answer: 'yes'
				})
				.returning({ id: meetingInvitations.id });
			return i!.id;
		};
		const rsvps = { old: await meeting(400), fresh: await meeting(300) };
		const event = async (d: number) => {
			const [e] = await tx
				.insert(events)
				.values({
					networkId,
					kind: 'infoabend',
					audience: 'familien',
					title: `Infoabend ${d}`,
					capacity: 20,
					status: 'published'
				})
				.returning({ id: events.id });
			await tx
				.insert(eventSessions)
				.values({ networkId, eventId: e!.id, startsAt: daysAgo(d), endsAt: daysAgo(d), place: 'Stadtbücherei' });
			await tx.insert(eventRegistrations).values({
				networkId,
				eventId: e!.id,
				number: 1,
				status: 'registered',
				name: 'Max Beispiel',
				email: `max.${d}.${tag}@example.org`
			});
			return e!.id;
		};
		const eventIds = { old: await event(200), fresh: await event(150) };
		const [offer] = await tx
			.insert(offers)
			.values({ networkId, organisationId: organisation.id, title: 'Elterncafé', offerType: 'gruppe' })
			.returning({ id: offers.id });
		const request = async (madeDaysAgo: number, doneDaysAgo: number | null) => {
			const [r] = await tx
				.insert(contactRequests)
				.values({
					networkId,
					offerId: offer!.id,
					organisationId: organisation.id,
					name: 'Mia Beispiel',
					email: `mia.${madeDaysAgo}.${tag}@example.org`,
					status: doneDaysAgo === null ? 'open' : 'done',
					createdAt: daysAgo(madeDaysAgo),
					doneAt: doneDaysAgo === null ? null : daysAgo(doneDaysAgo)
				})
				.returning({ id: contactRequests.id });
			return r!.id;
		};
		const requests = {
			old: await request(31, null),
			fresh: await request(20, null),
			doneLongAgo: await request(15, 8),
			doneRecently: await request(10, 3)
		};
		return { mails, audits, rsvps, eventIds, requests };
	});
}

describe.each(TEST_DATABASE_KINDS)('the retention job on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('applies each rule with the network’s own period, deletes or blanks only what is due, and records the run', async () => {
		const a = await makeNetwork(database.db, 'aufbewahrung-a');
		const b = await makeNetwork(database.db, 'aufbewahrung-b');
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: b.id }] });
		// Network B keeps mail bodies only 30 days and registrations a year; A keeps the defaults (90 / 180).
		await saveRetentionRules(
			{ ...tenantContext(database.db, b, coordinator), now: NOW },
			{
				outbox_bodies: 30,
				event_registrations: 365,
				contact_requests_open: 14,
				contact_requests_done: 7,
				rsvp_answers: 365,
				audit_log: 1095
			}
		);
		const da = await fill(database.db, a.id, 'a');
		const db_ = await fill(database.db, b.id, 'b');
		const { userId } = await makeUser(database.db, {});
		await withSystem(database.db, async (tx) => {
			await createSession(tx, userId, { now: daysAgo(2), hours: 12 });
			await createSession(tx, userId, { now: NOW, hours: 12 });
		});

		const result = await runRetention(database.db, { now: NOW, idleMinutes: 120, networkIds: [a.id, b.id] });
		expect(result.counts[a.id]).toMatchObject({
			outbox_bodies: 1,
			event_registrations: 1,
			contact_requests_open: 1,
			contact_requests_done: 1,
			rsvp_answers: 1,
			audit_log: 1
		});
		expect(result.counts[b.id]).toMatchObject({
			outbox_bodies: 2,
			event_registrations: 0,
			contact_requests_open: 3,
			contact_requests_done: 0,
			rsvp_answers: 1,
			audit_log: 1
		});
		// Contact requests: A (30 days / 7 after done) keeps the 20-day-old and the one done 3 days ago;
		// B (14 days) keeps only the one made 10 days ago.
		const requestsLeft = await withSystem(database.db, (tx) =>
			tx.select({ id: contactRequests.id }).from(contactRequests)
		);
		expect(new Set(requestsLeft.map((r) => r.id))).toEqual(
			new Set([da.requests.fresh, da.requests.doneRecently, db_.requests.doneRecently])
		);
		expect(result.counts[a.id]!.sessions_tokens).toBeGreaterThanOrEqual(1);

		const mail = (id: string) =>
			withSystem(database.db, async (tx) => (await tx.select().from(outbox).where(eq(outbox.id, id)))[0]!);
		// A: the 100-day-old sent mail is blanked but kept as a record; the 40- and 20-day-old ones and the unsent one keep their text.
		expect(await mail(da.mails.old)).toMatchObject({
			textBody: '',
			htmlBody: '',
			attachments: [],
			subject: 'Betreff alt'
		});
		for (const id of [da.mails.mid, da.mails.fresh, da.mails.unsent])
			expect((await mail(id)).textBody).toContain('Hallo');
		// B (30 days): the 100- and 40-day-old ones go, the 20-day-old and the unsent one stay.
		expect((await mail(db_.mails.old)).textBody).toBe('');
		expect((await mail(db_.mails.mid)).textBody).toBe('');
		expect((await mail(db_.mails.fresh)).textBody).toContain('Hallo');
		expect((await mail(db_.mails.unsent)).attachments).toHaveLength(1);

		const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
		const auditIds = ids(await withSystem(database.db, (tx) => tx.select({ id: auditLog.id }).from(auditLog)));
		for (const d of [da, db_]) {
			expect(auditIds).not.toContain(d.audits.old);
			expect(auditIds).toContain(d.audits.fresh);
		}
		const rsvpIds = ids(
			await withSystem(database.db, (tx) => tx.select({ id: meetingInvitations.id }).from(meetingInvitations))
		);
		for (const d of [da, db_]) {
			expect(rsvpIds).not.toContain(d.rsvps.old);
			expect(rsvpIds).toContain(d.rsvps.fresh);
		}
		const registrationsOf = async (eventId: string) =>
			(
				await withSystem(database.db, (tx) =>
					tx.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId))
				)
			).length;
		// A (180 days): the event 200 days ago loses its registrations, the one 150 days ago keeps them; B (365 days) keeps both.
		expect(await registrationsOf(da.eventIds.old)).toBe(0);
		expect(await registrationsOf(da.eventIds.fresh)).toBe(1);
		expect(await registrationsOf(db_.eventIds.old)).toBe(1);
		expect(await registrationsOf(db_.eventIds.fresh)).toBe(1);
		// The expired session went, the live one stayed.
		expect(
			await withSystem(database.db, (tx) => tx.select().from(sessions).where(eq(sessions.userId, userId)))
		).toHaveLength(1);

		// The run is recorded per network and shown to that network's coordinator only.
		const runs = await listRetentionRuns(tenantContext(database.db, b, coordinator));
		expect(runs).toHaveLength(1);
		expect(runs[0]!.counts).toMatchObject({ outbox_bodies: 2, event_registrations: 0 });
		expect(runs[0]!.startedAt.toISOString()).toBe(NOW.toISOString());
		const all = await withSystem(database.db, (tx) => tx.select().from(retentionRuns));
		expect(all.filter((r) => r.networkId === a.id)).toHaveLength(1);

		// A run older than the audit period goes with the next run.
		await withSystem(database.db, (tx) =>
			tx.insert(retentionRuns).values({ networkId: a.id, startedAt: daysAgo(1200), finishedAt: daysAgo(1200) })
		);
		// A second run finds nothing more to do.
		const again = await runRetention(database.db, { now: NOW, idleMinutes: 120, networkIds: [a.id, b.id] });
		expect(again.counts[a.id]).toMatchObject({
			outbox_bodies: 0,
			event_registrations: 0,
			contact_requests_open: 0,
			contact_requests_done: 0,
			rsvp_answers: 0,
			audit_log: 0
		});
		const runsOfA = await withSystem(database.db, (tx) =>
			tx.select().from(retentionRuns).where(eq(retentionRuns.networkId, a.id))
		);
		expect(runsOfA.map((r) => r.startedAt.toISOString())).toEqual([NOW.toISOString(), NOW.toISOString()]);
	});
});
