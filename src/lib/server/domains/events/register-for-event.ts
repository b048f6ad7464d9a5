import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { newLinkToken } from '$lib/server/domains/shared/personal-link';
import { AppError } from '$lib/server/errors';
import { lockEvent, registrationClosed } from './event-lock';
import { placeRegistration, type Placed, type PlaceInput } from './seats';

export type RegistrationResult = Placed & { token: string };

/**
 * Anmeldung without an account (issue 14, item 4/5): under the event's row lock, a seat when one
 * is free, else a place on the waiting list. Refuses an event that takes no registration now with
 * `validation` and the reason (`events.error.closed.<reason>`). Returns the personal link's token.
 */
export async function registerForEvent(
	ctx: TenantContext,
	eventId: string,
	input: Omit<PlaceInput, 'tokenHash'>
): Promise<RegistrationResult> {
	const now = ctx.now ?? new Date();
	const { token, hash } = newLinkToken();
	return tenantTx(ctx, async (tx) => {
		const event = await lockEvent(tx, ctx, eventId);
		const closed = await registrationClosed(tx, event, now);
		if (closed) throw new AppError('validation', { field: 'event', message: `events.error.closed.${closed}` });
		const placed = await placeRegistration(tx, event, { ...input, tokenHash: hash }, now);
		return { ...placed, token };
	});
}
