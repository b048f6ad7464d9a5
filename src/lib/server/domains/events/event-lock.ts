import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { eventSessions, events, type RegistrationStatus } from '$lib/server/db/schema';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';

// The event's row lock and what is read under it (issue 14, item 5): every change of who holds a
// seat locks the event first (`lockEvent`), so the count of taken seats and the insert or
// promotion that follows it cannot interleave with another registration, in any process.

/** Statuses that hold a seat. An offered seat is held until its offer expires. */
export const SEAT_HOLDING: readonly RegistrationStatus[] = ['registered', 'offered'];

export type LockedEvent = typeof events.$inferSelect;

/** Locks the event's row until the transaction ends (`not_found` for another network's or no event). */
export async function lockEvent(tx: Tx, ctx: TenantContext, eventId: string): Promise<LockedEvent> {
	const [event] = await tx
		.select()
		.from(events)
		.where(scoped(events, ctx, eq(events.id, eventId)))
		.for('update');
	if (!event) throw new AppError('not_found');
	return event;
}

export type SeatCounts = { taken: number; waiting: number; free: number };

/** Seats taken (persons), people waiting, seats free – read under the event's lock. */
export async function seatCounts(tx: Tx, event: LockedEvent): Promise<SeatCounts> {
	const [row] = rowsOf<{ taken: number; waiting: number }>(
		await tx.execute(sql`
			select coalesce(sum(persons) filter (where status in ('registered', 'offered')), 0)::int as taken,
				count(*) filter (where status = 'waiting')::int as waiting
			from event_registrations where network_id = ${event.networkId} and event_id = ${event.id}`)
	);
	const taken = Number(row?.taken ?? 0);
	return { taken, waiting: Number(row?.waiting ?? 0), free: Math.max(0, event.capacity - taken) };
}

/** Why the event takes no registration now, or null when it does. */
export type RegistrationClosed = 'not_published' | 'cancelled' | 'not_open_yet' | 'closed' | 'past';

/** Whether the event takes registrations at `now` (published, window open, first session ahead). */
export async function registrationClosed(tx: Tx, event: LockedEvent, now: Date): Promise<RegistrationClosed | null> {
	if (event.status === 'cancelled') return 'cancelled';
	if (event.status !== 'published') return 'not_published';
	if (event.registrationOpensAt && now < event.registrationOpensAt) return 'not_open_yet';
	if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed';
	const [first] = await tx
		.select({ startsAt: eventSessions.startsAt })
		.from(eventSessions)
		.where(and(eq(eventSessions.networkId, event.networkId), eq(eventSessions.eventId, event.id)))
		.orderBy(asc(eventSessions.startsAt))
		.limit(1);
	if (!first || first.startsAt <= now) return 'past';
	return null;
}
