import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { eventRegistrations, eventSessions, events } from '$lib/server/db/schema';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, tenantContext } from '$tests/fixtures';
import { registerForEvent } from './register-for-event';
import { lockEvent } from './event-lock';
import { fillFreedSeats, setRegistrationStatus } from './seats';

const NOW = new Date('2027-03-01T09:00:00Z');

async function makeEvent(
	ctx: TenantContext,
	values: Partial<typeof events.$inferInsert> = {},
	startsAt = new Date('2027-03-10T09:00:00Z')
): Promise<string> {
	return withSystem(ctx.db, async (tx) => {
		const [e] = await tx
			.insert(events)
			.values({
				networkId: ctx.network.id,
				kind: 'fachtagung',
				audience: 'fachkraefte',
				title: 'Frühe Hilfen im Sozialraum',
				capacity: 20,
				status: 'published',
				...values
			})
			.returning({ id: events.id });
		await tx.insert(eventSessions).values({
			networkId: ctx.network.id,
			eventId: e!.id,
			startsAt,
			endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
			place: 'Rathaus, Ratssaal'
		});
		return e!.id;
	});
}

const person = (i: number) => ({ name: `Teilnehmerin ${i}`, email: `teilnehmerin${i}@example.org` });

async function registrations(ctx: TenantContext, eventId: string) {
	return withSystem(ctx.db, (tx) =>
		tx
			.select()
			.from(eventRegistrations)
			.where(eq(eventRegistrations.eventId, eventId))
			.orderBy(asc(eventRegistrations.number))
	);
}

describe.each(TEST_DATABASE_KINDS)('event seats on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const network = await makeNetwork(database.db, 'seats');
		ctx = { ...tenantContext(database.db, network, null), now: NOW };
	});
	afterAll(async () => database.close());

	it('200 concurrent registrations for 20 seats: exactly 20 registered, 180 waiting in arrival order', async () => {
		const eventId = await makeEvent(ctx);
		const results = await Promise.all(Array.from({ length: 200 }, (_, i) => registerForEvent(ctx, eventId, person(i))));
		const rows = await registrations(ctx, eventId);
		expect(rows).toHaveLength(200);
		expect(rows.filter((r) => r.status === 'registered')).toHaveLength(20);
		expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(180);
		// Arrival order = the order of the numbers given under the lock: the first 20 hold the seats.
		expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
		expect(rows.slice(0, 20).every((r) => r.status === 'registered')).toBe(true);
		expect(rows.slice(20).every((r) => r.status === 'waiting')).toBe(true);
		// Each answer named its own place: 20 registered, waiting places 1…180 once each.
		expect(results.filter((r) => r.status === 'registered')).toHaveLength(20);
		expect(
			results
				.map((r) => r.waitingPosition)
				.filter((p): p is number => p !== null)
				.sort((a, b) => a - b)
		).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
		expect(new Set(results.map((r) => r.token)).size).toBe(200);
	});

	it('a cancellation gives the seat to the first on the waiting list', async () => {
		const eventId = await makeEvent(ctx, { capacity: 2 });
		for (let i = 0; i < 4; i++) await registerForEvent(ctx, eventId, person(i));
		const before = await registrations(ctx, eventId);
		const promoted = await tenantTx(ctx, async (tx) => {
			const event = await lockEvent(tx, ctx, eventId);
			await setRegistrationStatus(tx, event, [before[0]!.id], 'cancelled', NOW);
			return fillFreedSeats(tx, event, NOW);
		});
		expect(promoted.map((p) => p.registrationId)).toEqual([before[2]!.id]);
		const after = await registrations(ctx, eventId);
		expect(after.map((r) => r.status)).toEqual(['cancelled', 'registered', 'registered', 'waiting']);
		expect(after[2]!.promotedAt).toEqual(NOW);
	});

	it('with "offer" the freed seat is held for the next one for the event’s hours', async () => {
		const eventId = await makeEvent(ctx, { capacity: 1, promotionMode: 'offer', offerHours: 48 });
		for (let i = 0; i < 3; i++) await registerForEvent(ctx, eventId, person(i));
		const before = await registrations(ctx, eventId);
		const promoted = await tenantTx(ctx, async (tx) => {
			const event = await lockEvent(tx, ctx, eventId);
			await setRegistrationStatus(tx, event, [before[0]!.id], 'cancelled', NOW);
			return fillFreedSeats(tx, event, NOW);
		});
		expect(promoted).toEqual([
			{ registrationId: before[1]!.id, status: 'offered', offerExpiresAt: new Date(NOW.getTime() + 48 * 3_600_000) }
		]);
		// The held seat counts: a new registration goes to the waiting list.
		const late = await registerForEvent(ctx, eventId, person(9));
		expect(late).toMatchObject({ status: 'waiting', waitingPosition: 2 });
	});

	it('nobody jumps the queue: a family of three waits for three free seats', async () => {
		const eventId = await makeEvent(ctx, { capacity: 4, kind: 'kurs', audience: 'familien' });
		const a = await registerForEvent(ctx, eventId, { ...person(1), persons: 2 });
		await registerForEvent(ctx, eventId, { ...person(2), persons: 2 });
		const family = await registerForEvent(ctx, eventId, { ...person(3), persons: 3 });
		const single = await registerForEvent(ctx, eventId, { ...person(4), persons: 1 });
		expect([family.status, single.status]).toEqual(['waiting', 'waiting']);
		const promoted = await tenantTx(ctx, async (tx) => {
			const event = await lockEvent(tx, ctx, eventId);
			await setRegistrationStatus(tx, event, [a.id], 'cancelled', NOW);
			return fillFreedSeats(tx, event, NOW);
		});
		expect(promoted).toEqual([]);
		const rows = await registrations(ctx, eventId);
		expect(rows.map((r) => r.status)).toEqual(['cancelled', 'registered', 'waiting', 'waiting']);
	});

	it('a full event without a waiting list, a cancelled, a closed and a past one refuse with a reason', async () => {
		const reason = async (eventId: string) => {
			try {
				await registerForEvent(ctx, eventId, person(1));
				return 'accepted';
			} catch (e) {
				return isAppError(e, 'validation') ? String(e.details.message) : String(e);
			}
		};
		const full = await makeEvent(ctx, { capacity: 1, waitingList: false });
		expect(await reason(full)).toBe('accepted');
		expect(await reason(full)).toBe('events.error.full');
		expect(await reason(await makeEvent(ctx, { status: 'cancelled' }))).toBe('events.error.closed.cancelled');
		expect(await reason(await makeEvent(ctx, { status: 'draft' }))).toBe('events.error.closed.not_published');
		expect(await reason(await makeEvent(ctx, { registrationClosesAt: new Date('2027-02-28T23:00:00Z') }))).toBe(
			'events.error.closed.closed'
		);
		expect(await reason(await makeEvent(ctx, {}, new Date('2027-02-20T09:00:00Z')))).toBe('events.error.closed.past');
		const rows = await withSystem(ctx.db, (tx) =>
			tx
				.select({ n: eventRegistrations.id })
				.from(eventRegistrations)
				.where(and(eq(eventRegistrations.eventId, full), eq(eventRegistrations.status, 'registered')))
		);
		expect(rows).toHaveLength(1);
	});

	it('another network cannot register for or lock this network’s event', async () => {
		const eventId = await makeEvent(ctx);
		const other = await makeNetwork(database.db, 'seats-other');
		const otherCtx = { ...tenantContext(database.db, other, null), now: NOW };
		await expect(registerForEvent(otherCtx, eventId, person(1))).rejects.toMatchObject({ code: 'not_found' });
	});
});
