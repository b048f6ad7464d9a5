import type { Db } from '$lib/server/db/client';
import { mailRegistration } from './registration-mail';
import { actOnRegistrationLink, type LinkOutcome } from './registration-link-action';
import { fillFreedSeats, setRegistrationStatus } from './seats';

/**
 * Abmeldung through the personal link: under the event's row lock the registration is cancelled,
 * the freed seats go to the next on the waiting list in arrival order (or are offered to them,
 * per the event's promotion mode) and everyone who moved up is mailed, all in one transaction;
 * the person gets a confirmation with a calendar file that removes the dates. Nothing happens
 * once the event has begun or was called off, or when the registration was cancelled already.
 */
export function cancelRegistrationByLink(
	db: Db,
	baseUrl: string,
	networkSlug: string,
	token: string,
	now: Date
): Promise<LinkOutcome> {
	return actOnRegistrationLink(db, baseUrl, networkSlug, token, now, async ({ tx, ctx, event, id, before }) => {
		if (!before.canCancel) return 'not_possible';
		await setRegistrationStatus(tx, event, [id], 'cancelled', now);
		for (const p of await fillFreedSeats(tx, event, now))
			await mailRegistration(tx, ctx, event, p.registrationId, p.status === 'offered' ? 'offered' : 'promoted');
		await mailRegistration(tx, ctx, event, id, 'cancelled', token);
		return 'cancelled';
	});
}
