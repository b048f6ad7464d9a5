import type { Db } from '$lib/server/db/client';
import { mailRegistration } from './registration-mail';
import { actOnRegistrationLink, type LinkOutcome } from './registration-link-action';
import { setRegistrationStatus } from './seats';

/**
 * Accepts a seat offered to someone on the waiting list (promotion mode "offer"): before the
 * offer's deadline the registration becomes `registered` and the confirmation with the `.ics` is
 * mailed; after it the page says the offer has expired and nothing changes here.
 */
export function acceptSeatOffer(
	db: Db,
	baseUrl: string,
	networkSlug: string,
	token: string,
	now: Date
): Promise<LinkOutcome> {
	return actOnRegistrationLink(db, baseUrl, networkSlug, token, now, async ({ tx, ctx, event, id, before }) => {
		if (before.status !== 'offered' || before.event.cancelled || before.event.begun) return 'not_possible';
		if (before.offerExpired) return 'expired';
		await setRegistrationStatus(tx, event, [id], 'registered', now);
		await mailRegistration(tx, ctx, event, id, 'confirmed', token);
		return 'accepted';
	});
}
