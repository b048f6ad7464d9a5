import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { eventRegistrations, networks } from '$lib/server/db/schema';
import { sql } from 'drizzle-orm';
import { lockEvent } from './event-lock';
import { mailPromotions } from './event-mail-helpers';
import { fillFreedSeats } from './seats';

/**
 * Scheduled (issue 14, item 5): a seat offered to the next on the waiting list (promotion mode
 * "offer") and not accepted by its deadline passes on – the offer lapses (status cancelled) and the
 * seat goes to the next in arrival order, who is mailed. Under the event's row lock, like every
 * change of who holds a seat; events locked by a registration right now are taken next run.
 */
export async function passOnExpiredOffers(
	db: Db,
	o: { now: Date; baseUrl: string }
): Promise<{ lapsed: number; offered: number }> {
	return withSystem(db, async (tx) => {
		const due = rowsOf<{ event_id: string; network_id: string }>(
			await tx.execute(sql`
				select distinct event_id, network_id from event_registrations
				where status = 'offered' and offer_expires_at <= ${o.now.toISOString()}::timestamptz`)
		);
		let lapsed = 0;
		let offered = 0;
		for (const d of due) {
			const [network] = await tx
				.select({ id: networks.id, slug: networks.slug, name: networks.name })
				.from(networks)
				.where(eq(networks.id, d.network_id));
			if (!network) continue;
			const ctx = { db, network, actor: null, now: o.now, baseUrl: o.baseUrl };
			const event = await lockEvent(tx, ctx, d.event_id);
			const gone = await tx
				.update(eventRegistrations)
				.set({ status: 'cancelled', cancelledAt: o.now, offerExpiresAt: null, updatedAt: o.now })
				.where(
					and(
						eq(eventRegistrations.networkId, d.network_id),
						eq(eventRegistrations.eventId, d.event_id),
						eq(eventRegistrations.status, 'offered'),
						lte(eventRegistrations.offerExpiresAt, o.now)
					)
				)
				.returning({ id: eventRegistrations.id });
			lapsed += gone.length;
			const promotions = await fillFreedSeats(tx, event, o.now);
			offered += await mailPromotions(tx, ctx, event, promotions);
		}
		return { lapsed, offered };
	});
}
