import { and, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { eventRegistrations } from '$lib/server/db/schema';
import { tenantTx } from '$lib/server/domains/shared/context';
import { lockEvent } from './event-lock';
import { findRegistrationByLink, viewRegistration, type RegistrationView } from './registration-by-link';
import { mailRegistration, type EventContext } from './registration-mail';
import { fillFreedSeats, setRegistrationStatus } from './seats';

export type LinkOutcome = {
	view: RegistrationView;
	done: 'cancelled' | 'accepted' | 'expired' | 'not_possible' | null;
};

/**
 * Abmeldung through the personal link: under the event's row lock the registration is cancelled,
 * the freed seats go to the next on the waiting list in arrival order (or are offered to them,
 * per the event's promotion mode) and everyone who moved up is mailed, all in one transaction;
 * the person gets a confirmation with a calendar file that removes the dates. Nothing happens
 * once the event has begun or was called off, or when the registration was cancelled already.
 */
export async function cancelRegistrationByLink(
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
		// Read again under the lock: a second click, or a promotion meanwhile, sees the current state.
		const before = await viewRegistration(tx, ctx.network, found.id, now);
		if (before.state !== 'valid' || !before.canCancel) return { view: before, done: 'not_possible' };
		await setRegistrationStatus(tx, event, [found.id], 'cancelled', now);
		for (const p of await fillFreedSeats(tx, event, now))
			await mailRegistration(tx, ctx, event, p.registrationId, p.status === 'offered' ? 'offered' : 'promoted');
		await mailRegistration(tx, ctx, event, found.id, 'cancelled', token);
		return { view: await viewRegistration(tx, ctx.network, found.id, now), done: 'cancelled' };
	});
}
