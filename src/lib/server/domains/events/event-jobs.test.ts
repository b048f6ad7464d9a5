import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import {
	auditLog,
	eventAttendance,
	eventCertificates,
	eventRegistrations,
	eventSessions,
	eventSettings,
	events,
	outbox
} from '$lib/server/db/schema';
import { makeNetwork, tenantContext } from '$tests/fixtures';
import { tenantTx } from '$lib/server/domains/shared/context';
import { lockEvent } from './event-lock';
import { registerForEvent } from './register-for-event';
import { fillFreedSeats, setRegistrationStatus } from './seats';
import { passOnExpiredOffers } from './pass-on-expired-offers';
import { applyEventRetention, EVENT_RETENTION_DEFAULT_DAYS } from './apply-event-retention';
import { sendEventReminders } from './send-event-reminders';

const BASE = 'https://portal.example.org';

async function eventAt(
	db: Database['db'],
	networkId: string,
	startsAt: Date,
	statuses: ('registered' | 'waiting' | 'cancelled')[],
	title = 'Infoabend Rund um die Geburt'
) {
	return withSystem(db, async (tx) => {
		const [e] = await tx
			.insert(events)
			.values({ networkId, kind: 'infoabend', audience: 'familien', title, capacity: 30, status: 'published' })
			.returning({ id: events.id });
		const [s] = await tx
			.insert(eventSessions)
			.values({
				networkId,
				eventId: e!.id,
				startsAt,
				endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
				place: 'Stadtbücherei'
			})
			.returning({ id: eventSessions.id });
		const regs =
			statuses.length === 0
				? []
				: await tx
						.insert(eventRegistrations)
						.values(
							statuses.map((status, i) => ({
								networkId,
								eventId: e!.id,
								number: i + 1,
								status,
								name: `Person ${i}`,
								email: `person${i}.${title.length}@example.org`
							}))
						)
						.returning({ id: eventRegistrations.id });
		return { eventId: e!.id, sessionId: s!.id, ids: regs.map((r) => r.id) };
	});
}

describe.each(TEST_DATABASE_KINDS)('event jobs on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(async () => database.close());

	it('reminds registered people once, N days before, with the calendar file – not the waiting or cancelled', async () => {
		const network = await makeNetwork(database.db, 'erinnerung');
		const now = new Date('2027-05-10T08:00:00Z');
		const soon = await eventAt(database.db, network.id, new Date('2027-05-11T16:00:00Z'), [
			'registered',
			'waiting',
			'cancelled',
			'registered'
		]);
		await eventAt(database.db, network.id, new Date('2027-05-20T16:00:00Z'), ['registered'], 'Später');
		expect(await sendEventReminders(database.db, { now, baseUrl: BASE })).toEqual({ reminded: 2 });
		expect(await sendEventReminders(database.db, { now: new Date(now.getTime() + 3_600_000), baseUrl: BASE })).toEqual({
			reminded: 0
		});
		const mails = await withSystem(database.db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.template, 'event_reminder'))
		);
		expect(mails.map((m) => m.toAddress).sort()).toEqual(['person0.28@example.org', 'person3.28@example.org']);
		expect(mails[0]!.subject).toContain('Erinnerung: Infoabend Rund um die Geburt');
		const ics = Buffer.from(mails[0]!.attachments[0]!.contentBase64, 'base64').toString('utf8');
		expect(ics).toContain(`UID:${soon.sessionId}@portal.example.org`);
		expect(mails[0]!.textBody).toContain(`${BASE}/anmeldung/erinnerung/`);

		// A network that reminds 14 days ahead reaches the later event too.
		await withSystem(database.db, (tx) => tx.insert(eventSettings).values({ networkId: network.id, reminderDays: 14 }));
		expect(await sendEventReminders(database.db, { now, baseUrl: BASE })).toEqual({ reminded: 1 });
	});

	it('deletes personal data N days (default about 6 months) after the event, keeps the counts and an anonymous certificate', async () => {
		const network = await makeNetwork(database.db, 'loeschfrist');
		const { eventId, sessionId, ids } = await eventAt(database.db, network.id, new Date('2027-01-15T16:00:00Z'), [
			'registered',
			'registered',
			'waiting'
		]);
		await withSystem(database.db, async (tx) => {
			await tx
				.insert(eventAttendance)
				.values({ networkId: network.id, registrationId: ids[0]!, sessionId, present: true });
			await tx
				.insert(eventCertificates)
				.values({ code: 'TEST-LOES-CH01', networkId: network.id, eventId, holderName: 'Person 0' });
			await tx
				.update(eventRegistrations)
				.set({ certificateCode: 'TEST-LOES-CH01' })
				.where(eq(eventRegistrations.id, ids[0]!));
		});
		const retain = (now: Date) =>
			withSystem(database.db, (tx) =>
				applyEventRetention(tx, { now, networkId: network.id, days: EVENT_RETENTION_DEFAULT_DAYS })
			);
		// Five months later: kept.
		expect(await retain(new Date('2027-06-14T12:00:00Z'))).toMatchObject({
			events: 0
		});
		// Six months and a day later: gone.
		const run = await retain(new Date('2027-07-16T12:00:00Z'));
		expect(run).toMatchObject({ events: 1, registrations: 3 });
		const left = await withSystem(database.db, (tx) =>
			tx.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId))
		);
		expect(left).toHaveLength(0);
		const [event] = await withSystem(database.db, (tx) => tx.select().from(events).where(eq(events.id, eventId)));
		expect(event!.keptCounts).toEqual({ registered: 2, waiting: 1, attended: 1 });
		expect(event!.personalDataDeletedAt).not.toBeNull();
		const [cert] = await withSystem(database.db, (tx) =>
			tx.select().from(eventCertificates).where(eq(eventCertificates.eventId, eventId))
		);
		expect(cert).toMatchObject({ code: 'TEST-LOES-CH01', holderName: '' });
		const audit = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entityId, eventId), eq(auditLog.action, 'event.personal_data_deleted')))
		);
		expect(audit).toHaveLength(1);
		expect(JSON.stringify(audit[0]!.after)).not.toContain('Person');
		// Run again: nothing more.
		expect(await retain(new Date('2027-07-17T12:00:00Z'))).toMatchObject({
			events: 0
		});
	});

	it('passes an offered seat on when its deadline has passed, and mails the next', async () => {
		const network = await makeNetwork(database.db, 'nachruecken');
		const t0 = new Date('2027-04-01T08:00:00Z');
		const ctx = { ...tenantContext(database.db, network, null), now: t0 };
		const { eventId } = await eventAt(database.db, network.id, new Date('2027-04-20T16:00:00Z'), []);
		await withSystem(database.db, (tx) =>
			tx.update(events).set({ capacity: 1, promotionMode: 'offer', offerHours: 48 }).where(eq(events.id, eventId))
		);
		const [a, b, c] = [
			await registerForEvent(ctx, eventId, { name: 'Anna Erste', email: 'anna@example.org' }),
			await registerForEvent(ctx, eventId, { name: 'Bernd Zweiter', email: 'bernd@example.org' }),
			await registerForEvent(ctx, eventId, { name: 'Cem Dritter', email: 'cem@example.org' })
		];
		expect([a.status, b.status, c.status]).toEqual(['registered', 'waiting', 'waiting']);
		// Anna cancels: the seat is offered to Bernd for 48 hours.
		await tenantTx(ctx, async (tx) => {
			const event = await lockEvent(tx, ctx, eventId);
			await setRegistrationStatus(tx, event, [a.id], 'cancelled', t0);
			await fillFreedSeats(tx, event, t0);
		});
		const statusOf = async () =>
			Object.fromEntries(
				(
					await withSystem(database.db, (tx) =>
						tx.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId))
					)
				).map((r) => [r.name, r.status])
			);
		expect(await statusOf()).toEqual({
			'Anna Erste': 'cancelled',
			'Bernd Zweiter': 'offered',
			'Cem Dritter': 'waiting'
		});
		// 47 hours later the offer still stands.
		expect(
			await passOnExpiredOffers(database.db, { now: new Date(t0.getTime() + 47 * 3_600_000), baseUrl: BASE })
		).toEqual({
			lapsed: 0,
			offered: 0
		});
		// After 49 hours it has lapsed and Cem gets the offer, by mail.
		expect(
			await passOnExpiredOffers(database.db, { now: new Date(t0.getTime() + 49 * 3_600_000), baseUrl: BASE })
		).toEqual({
			lapsed: 1,
			offered: 1
		});
		expect(await statusOf()).toEqual({
			'Anna Erste': 'cancelled',
			'Bernd Zweiter': 'cancelled',
			'Cem Dritter': 'offered'
		});
		const mails = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(outbox)
				.where(and(eq(outbox.template, 'seat_offered'), eq(outbox.toAddress, 'cem@example.org')))
		);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.textBody).toContain(`${BASE}/anmeldung/nachruecken/`);
	});
});
