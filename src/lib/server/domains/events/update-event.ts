import { sql } from 'drizzle-orm';
import { events } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { tenantTx } from '$lib/server/domains/shared/context';
import { updateVersioned } from '$lib/server/domains/shared/versioned-update';
import { requireEventManager, requireOwnEvent } from './event-access';
import { lockEvent, seatCounts } from './event-lock';
import { mailPromotions, type EventMailContext } from './event-mail-helpers';
import type { EventInput } from './event-schema';
import { eventColumns, sessionsChanged, writeQuestions, writeSessions } from './event-row-helpers';
import { fillFreedSeats, type Promotion } from './seats';
import { mailRegistration } from './registration-mail';
import type { LockedEvent } from './event-lock';
import type { Tx } from '$lib/server/db/client';
import { and, eq, inArray } from 'drizzle-orm';
import { eventRegistrations } from '$lib/server/db/schema';

export type UpdateEventResult = {
	id: string;
	status: string;
	promoted: number;
	sequenceRaised: boolean;
	/** People mailed about a new time or place. */
	informed: number;
};

/**
 * Saves the event form over the stored event, under the event's row lock and optimistic locking
 * (a save by someone else in between is a `conflict` with the current version in its details).
 * A changed date, time or place raises the calendar SEQUENCE. A higher capacity fills the freed
 * seats from the waiting list in the same transaction and mails those who moved up; a capacity
 * below the seats already taken is refused. A provider's save sends the event (back) to review.
 */
export async function updateEvent(ctx: EventMailContext, id: string, input: EventInput): Promise<UpdateEventResult> {
	const manager = requireEventManager(ctx);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const before = await lockEvent(tx, ctx, id);
		requireOwnEvent(manager, before);
		if (before.version !== input.version) throw new AppError('conflict', { currentVersion: before.version });
		if (before.status === 'cancelled')
			throw new AppError('validation', { field: 'form', message: 'events.error.cancelledEdit' });
		if (manager.organisationId !== null && before.status === 'published')
			throw new AppError('validation', { field: 'form', message: 'events.error.providerPublished' });
		const { taken } = await seatCounts(tx, before);
		if (input.capacity < taken)
			throw new AppError('validation', { field: 'capacity', message: 'events.error.capacityBelowTaken', taken });
		const columns = await eventColumns(tx, ctx, manager, input);
		const sessions = await writeSessions(tx, ctx, id, input.sessions);
		await writeQuestions(tx, ctx, id, input.questions);
		const sequenceRaised = sessionsChanged(sessions.before, sessions.after);
		const after = await updateVersioned(
			tx,
			ctx,
			events,
			{ id, version: input.version },
			{
				...columns,
				status: manager.organisationId === null ? before.status : 'review',
				sequence: sequenceRaised ? sql`${events.sequence} + 1` : events.sequence,
				updatedAt: now
			},
			{ currentVersion: before.version }
		);
		const promotions = after.capacity > before.capacity ? await fillFreedSeats(tx, after, now) : [];
		await mailPromotions(tx, ctx, after, promotions);
		// A new time or place reaches everyone who holds or waits for a seat, with the calendar entry
		// replaced (same UIDs, higher SEQUENCE); those just promoted have it in their promotion mail.
		const informed = sequenceRaised && after.status === 'published' ? await mailUpdate(tx, ctx, after, promotions) : 0;
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: manager.actor.userId,
			action: 'update',
			entity: 'event',
			entityId: id,
			before: { ...before, sessions: sessions.before },
			after: { ...after, sessions: sessions.after, promoted: promotions.length, informed }
		});
		return { id, status: after.status, promoted: promotions.length, sequenceRaised, informed };
	});
}

/** Mails the update to every registered, offered or waiting person not just promoted. */
async function mailUpdate(tx: Tx, ctx: EventMailContext, event: LockedEvent, promotions: Promotion[]): Promise<number> {
	const skip = new Set(promotions.map((p) => p.registrationId));
	const people = await tx
		.select({ id: eventRegistrations.id })
		.from(eventRegistrations)
		.where(
			and(
				eq(eventRegistrations.networkId, ctx.network.id),
				eq(eventRegistrations.eventId, event.id),
				inArray(eventRegistrations.status, ['registered', 'offered', 'waiting'])
			)
		);
	const todo = people.filter((p) => !skip.has(p.id));
	for (const p of todo) await mailRegistration(tx, ctx, event, p.id, 'updated');
	return todo.length;
}
