import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { eventRegistrations } from '$lib/server/db/schema';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { lockEvent, type LockedEvent } from './event-lock';
import { findRegistrationByLink, viewRegistration, type RegistrationView } from './registration-by-link';
import type { EventContext } from './registration-mail';

export type LinkOutcome = {
	view: RegistrationView;
	done: 'cancelled' | 'accepted' | 'expired' | 'not_possible' | null;
};

type ValidView = Extract<RegistrationView, { state: 'valid' }>;

/** The tenant context of a personal link's registration (null for a link that shows nothing). */
export async function registrationLinkContext(
	db: Db,
	networkSlug: string,
	token: string,
	now: Date
): Promise<{ ctx: TenantContext; id: string } | null> {
	const found = await findRegistrationByLink(db, networkSlug, token);
	if ('state' in found) return null;
	return { ctx: { db, network: found.network, actor: null, now }, id: found.id };
}

/**
 * A button on the personal link: finds the registration, locks its event and reads the
 * registration again under the lock (a second click, or a promotion meanwhile, sees the current
 * state), then lets `act` change it. `act` answers what it did; after a change the page shows
 * the registration as it is now, otherwise as it was.
 */
export async function actOnRegistrationLink(
	db: Db,
	baseUrl: string,
	networkSlug: string,
	token: string,
	now: Date,
	act: (a: {
		tx: Tx;
		ctx: EventContext;
		event: LockedEvent;
		id: string;
		before: ValidView;
	}) => Promise<LinkOutcome['done']>
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
		if (before.state !== 'valid') return { view: before, done: 'not_possible' };
		const done = await act({ tx, ctx, event, id: found.id, before });
		if (done === 'not_possible' || done === 'expired') return { view: before, done };
		return { view: await viewRegistration(tx, ctx.network, found.id, now), done };
	});
}
