import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { eventRegistrations, type RegistrationStatus } from '$lib/server/db/schema';
import { linkExpiry } from '$lib/server/domains/shared/personal-link';
import { AppError } from '$lib/server/errors';
import { seatCounts, type LockedEvent } from './event-lock';

// Seats of an event (issue 14, item 5). Every change of who holds a seat runs here, inside the
// caller's transaction and under the event's row lock (`lockEvent`): the count of taken seats and
// the insert or promotion that follows it cannot interleave with another registration, in this
// process or another one. Arrival order is `number`, given under the same lock.

export type PlaceInput = {
	name: string;
	email: string;
	phone?: string;
	organisationName?: string;
	persons?: number;
	answers?: Record<string, string | boolean>;
	locale?: string;
	userId?: string | null;
	consentAt?: Date | null;
	tokenHash: string;
};

export type Placed = {
	id: string;
	number: number;
	status: 'registered' | 'waiting';
	/** Place on the waiting list (1 = next), null when registered. */
	waitingPosition: number | null;
};

/**
 * Gives the person a seat if enough are free and nobody waits before them, else a place on the
 * waiting list; `event_full` when the event is full and keeps no waiting list. The caller has
 * checked that the event takes registrations (`registrationClosed`) – or is the coordinator adding
 * someone by hand (`force: 'registered'` ignores the capacity).
 */
export async function placeRegistration(
	tx: Tx,
	event: LockedEvent,
	input: PlaceInput,
	now: Date,
	options: { force?: 'registered' | 'waiting' } = {}
): Promise<Placed> {
	const persons = Math.max(1, input.persons ?? 1);
	const counts = await seatCounts(tx, event);
	let status: 'registered' | 'waiting';
	if (options.force) status = options.force;
	else if (counts.waiting === 0 && counts.free >= persons) status = 'registered';
	else if (event.waitingList) status = 'waiting';
	else throw new AppError('validation', { field: 'persons', message: 'events.error.full' });
	const [next] = rowsOf<{ n: number }>(
		await tx.execute(
			sql`select coalesce(max(number), 0)::int + 1 as n from event_registrations where network_id = ${event.networkId} and event_id = ${event.id}`
		)
	);
	const number = Number(next!.n);
	const [row] = await tx
		.insert(eventRegistrations)
		.values({
			networkId: event.networkId,
			eventId: event.id,
			number,
			status,
			name: input.name,
			email: input.email,
			phone: input.phone ?? '',
			organisationName: input.organisationName ?? '',
			persons,
			answers: input.answers ?? {},
			locale: input.locale ?? 'de',
			userId: input.userId ?? null,
			consentAt: input.consentAt ?? null,
			tokenHashes: [input.tokenHash],
			createdAt: now,
			updatedAt: now
		})
		.returning({ id: eventRegistrations.id });
	return {
		id: row!.id,
		number,
		status,
		waitingPosition: status === 'waiting' ? await waitingPosition(tx, event, number) : null
	};
}

/** 1 for the first on the waiting list. */
export async function waitingPosition(tx: Tx, event: LockedEvent, number: number): Promise<number> {
	const [row] = rowsOf<{ n: number }>(
		await tx.execute(sql`
			select count(*)::int as n from event_registrations
			where network_id = ${event.networkId} and event_id = ${event.id} and status = 'waiting' and number <= ${number}`)
	);
	return Number(row?.n ?? 1);
}

export type Promotion = { registrationId: string; status: 'registered' | 'offered'; offerExpiresAt: Date | null };

/**
 * Fills free seats from the waiting list in arrival order: with promotion mode `automatic` the
 * next person gets the seat, with `offer` the seat is held for them for `offerHours`. Strictly in
 * order: when the next one needs more seats (a family of three) than are free, nobody behind them
 * jumps ahead. Returns who moved up, for the mails the caller writes in the same transaction.
 * Nothing moves for a cancelled event or one whose registration has closed.
 */
export async function fillFreedSeats(tx: Tx, event: LockedEvent, now: Date): Promise<Promotion[]> {
	if (event.status !== 'published') return [];
	let { free } = await seatCounts(tx, event);
	if (free <= 0) return [];
	const waiting = await tx
		.select({ id: eventRegistrations.id, persons: eventRegistrations.persons })
		.from(eventRegistrations)
		.where(
			and(
				eq(eventRegistrations.networkId, event.networkId),
				eq(eventRegistrations.eventId, event.id),
				eq(eventRegistrations.status, 'waiting')
			)
		)
		.orderBy(asc(eventRegistrations.number));
	const moved: Promotion[] = [];
	for (const w of waiting) {
		if (w.persons > free) break;
		free -= w.persons;
		moved.push(
			event.promotionMode === 'offer'
				? { registrationId: w.id, status: 'offered', offerExpiresAt: linkExpiry(now, event.offerHours) }
				: { registrationId: w.id, status: 'registered', offerExpiresAt: null }
		);
	}
	for (const p of moved) {
		await tx
			.update(eventRegistrations)
			.set({ status: p.status, offerExpiresAt: p.offerExpiresAt, promotedAt: now, updatedAt: now })
			.where(and(eq(eventRegistrations.networkId, event.networkId), eq(eventRegistrations.id, p.registrationId)));
	}
	return moved;
}

/** Sets registrations of the locked event to a status (cancel, move back to the waiting list …). */
export async function setRegistrationStatus(
	tx: Tx,
	event: LockedEvent,
	ids: string[],
	status: RegistrationStatus,
	now: Date
): Promise<number> {
	if (ids.length === 0) return 0;
	const changed = await tx
		.update(eventRegistrations)
		.set({
			status,
			updatedAt: now,
			offerExpiresAt: null,
			...(status === 'cancelled' ? { cancelledAt: now } : {})
		})
		.where(
			and(
				eq(eventRegistrations.networkId, event.networkId),
				eq(eventRegistrations.eventId, event.id),
				inArray(eventRegistrations.id, ids)
			)
		)
		.returning({ id: eventRegistrations.id });
	return changed.length;
}
