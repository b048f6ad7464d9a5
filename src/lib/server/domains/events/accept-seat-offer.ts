import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { eventRegistrations } from '$lib/server/db/schema';
import { tenantTx } from '$lib/server/domains/shared/context';
import { lockEvent } from './event-lock';
import { findRegistrationByLink, viewRegistration } from './registration-by-link';
import { mailRegistration, type EventContext } from './registration-mail';
import { setRegistrationStatus } from './seats';
import type { LinkOutcome } from './cancel-registration-by-link';

/**
 * Accepts a seat offered to someone on the waiting list (promotion mode "offer"): before the
 * offer's deadline the registration becomes `registered` and the confirmation with the `.ics` is
 * mailed; after it the page says the offer has expired and nothing changes here.
 */
export async function acceptSeatOffer(
	db: Db,
	baseUrl: string,
	networkSlug: string,
	token: string,
	now: Date
): Promise<LinkOutcome> {
	const found = await findRegistrationByLink(db, networkSlug, token);
	if ('state' in found) return { view: found, done: null };
	const ctx: EventContext = { db, network: found.network, actor: null, baseUrl, now };
	return tenantTx(ctx, async (tx) => {
		const [r] = await tx
			.select({ eventId: eventRegistrations.eventId })
			.from(eventRegistrations)
			.where(and(eq(eventRegistrations.networkId, ctx.network.id), eq(eventRegistrations.id, found.id)));
		if (!r) return { view: { state: 'unknown' as const }, done: null };
		const event = await lockEvent(tx, ctx, r.eventId);
		const before = await viewRegistration(tx, ctx.network, found.id, now);
		if (before.state !== 'valid' || before.status !== 'offered' || before.event.cancelled || before.event.begun)
			return { view: before, done: 'not_possible' };
		if (before.offerExpired) return { view: before, done: 'expired' };
		await setRegistrationStatus(tx, event, [found.id], 'registered', now);
		await mailRegistration(tx, ctx, event, found.id, 'confirmed', token);
		return { view: await viewRegistration(tx, ctx.network, found.id, now), done: 'accepted' };
	});
}
