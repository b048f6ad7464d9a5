import { and, eq } from 'drizzle-orm';
import { eventRegistrations } from '$lib/server/db/schema';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { requireEventManager, requireOwnEvent } from './event-access';
import { lockEvent, seatCounts, SEAT_HOLDING } from './event-lock';
import { mailPromotions, type EventMailContext } from './event-mail-helpers';
import { fillFreedSeats, setRegistrationStatus } from './seats';

export type MoveTarget = 'registered' | 'waiting' | 'cancelled';

/**
 * Moves one participant by hand: onto a seat (even past the capacity – the answer says so), back to
 * the waiting list, or abgemeldet. A seat freed by a cancellation goes to the waiting list in
 * arrival order at once, and whoever moves up is mailed (a seat freed by moving someone back to
 * the waiting list is left for the coordinator, or that person would be promoted again).
 */
export async function moveParticipant(
	ctx: EventMailContext,
	eventId: string,
	registrationId: string,
	to: MoveTarget
): Promise<{ promoted: number; overbooked: boolean }> {
	const manager = requireEventManager(ctx);
	const now = ctx.now ?? new Date();
	return tenantTx(ctx, async (tx) => {
		const event = await lockEvent(tx, ctx, eventId);
		requireOwnEvent(manager, event);
		const [registration] = await tx
			.select({ id: eventRegistrations.id, status: eventRegistrations.status })
			.from(eventRegistrations)
			.where(
				scoped(
					eventRegistrations,
					ctx,
					and(eq(eventRegistrations.id, registrationId), eq(eventRegistrations.eventId, eventId))
				)
			);
		if (!registration) throw new AppError('not_found');
		if (registration.status === to) return { promoted: 0, overbooked: false };
		await setRegistrationStatus(tx, event, [registrationId], to, now);
		const freed = to === 'cancelled' && SEAT_HOLDING.includes(registration.status);
		const promotions = freed ? await fillFreedSeats(tx, event, now) : [];
		await mailPromotions(tx, ctx, event, promotions);
		const { taken } = await seatCounts(tx, event);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: manager.actor.userId,
			action: 'move_participant',
			entity: 'event',
			entityId: eventId,
			before: { registrationId, status: registration.status },
			after: { registrationId, status: to, promoted: promotions.map((p) => p.registrationId) }
		});
		return { promoted: promotions.length, overbooked: taken > event.capacity };
	});
}
