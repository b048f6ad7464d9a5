import { requireEventManager, requireOwnEvent } from './event-access';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { newLinkToken } from '$lib/server/domains/shared/personal-link';
import { AppError } from '$lib/server/errors';
import { lockEvent, seatCounts } from './event-lock';
import type { ParticipantInput } from './event-schema';
import { mailRegistration } from './registration-mail';
import { placeRegistration, type Placed } from './seats';

export type AddedParticipant = Placed & { overbooked: boolean };

/**
 * Adds someone by hand (a phone call, a paper form), under the event's row lock like every
 * registration: `auto` gives a seat when one is free and nobody waits, else a place on the waiting
 * list; `registered` gives a seat even past the capacity (the answer says the event is overbooked);
 * `waiting` puts them on the waiting list. No registration window applies, a cancelled event takes nobody.
 */
export async function addParticipant(
	ctx: TenantContext & { baseUrl?: string },
	eventId: string,
	input: ParticipantInput
): Promise<AddedParticipant> {
	const manager = requireEventManager(ctx);
	const now = ctx.now ?? new Date();
	const { token, hash } = newLinkToken();
	return tenantTx(ctx, async (tx) => {
		const event = await lockEvent(tx, ctx, eventId);
		requireOwnEvent(manager, event);
		if (event.status === 'cancelled')
			throw new AppError('validation', { field: 'form', message: 'events.error.closed.cancelled' });
		const placed = await placeRegistration(
			tx,
			event,
			{
				name: input.name,
				email: input.email,
				phone: input.phone,
				organisationName: input.organisationName,
				persons: input.persons,
				tokenHash: hash
			},
			now,
			input.place === 'auto' ? {} : { force: input.place }
		);
		const { taken } = await seatCounts(tx, event);
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: manager.actor.userId,
			action: 'add_participant',
			entity: 'event',
			entityId: eventId,
			after: { registrationId: placed.id, number: placed.number, status: placed.status, place: input.place }
		});
		// The person gets the same confirmation as after registering online (with the personal link
		// to cancel), when the page knows the installation's address to link to.
		if (ctx.baseUrl && input.email)
			await mailRegistration(
				tx,
				{ ...ctx, baseUrl: ctx.baseUrl },
				event,
				placed.id,
				placed.status === 'waiting' ? 'waiting' : 'confirmed',
				token
			);
		return { ...placed, overbooked: taken > event.capacity };
	});
}
