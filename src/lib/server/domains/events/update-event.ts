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
import { fillFreedSeats } from './seats';

export type UpdateEventResult = { id: string; status: string; promoted: number; sequenceRaised: boolean };

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
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: manager.actor.userId,
			action: 'update',
			entity: 'event',
			entityId: id,
			before: { ...before, sessions: sessions.before },
			after: { ...after, sessions: sessions.after, promoted: promotions.length }
		});
		return { id, status: after.status, promoted: promotions.length, sequenceRaised };
	});
}
