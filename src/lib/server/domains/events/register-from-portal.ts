import { withSystem } from '$lib/server/db/scope';
import { hitRateLimit } from '$lib/server/domains/accounts/rate-limit';
import { tenantTx } from '$lib/server/domains/shared/context';
import { newLinkToken } from '$lib/server/domains/shared/personal-link';
import { AppError, isAppError } from '$lib/server/errors';
import type { LocaleCode } from '$lib/i18n/locales';
import { lockEvent, registrationClosed } from './event-lock';
import { viewerIsMember } from './event-visibility';
import { readEventSettings } from './read-event-settings';
import { mailRegistration, type EventContext } from './registration-mail';
import { asksPersons, type RegistrationInput } from './registration-schema';
import { placeRegistration } from './seats';

export type PortalRegistration = { status: 'registered' | 'waiting'; waitingPosition: number | null };

export type PortalRequest = {
	/** The client's address: registrations per address and hour are limited (event_settings). */
	clientAddress: string;
	/** The page language: the registration's mails go out in it. */
	locale: LocaleCode;
	/** false only where the operator switched the limit off (EVENT_RATE_LIMIT=off, for the benchmark). */
	rateLimit: boolean;
};

/** Counted and committed before the registration, so a refused one still counts (like the login's). */
async function withinRateLimit(ctx: EventContext, request: PortalRequest, now: Date): Promise<boolean> {
	if (!request.rateLimit) return true;
	return withSystem(ctx.db, async (tx) => {
		const { rateLimitPerHour } = await readEventSettings(tx, ctx.network.id);
		if (rateLimitPerHour <= 0) return true;
		return hitRateLimit(
			tx,
			`event-registration:${ctx.network.id}:${request.clientAddress}`,
			rateLimitPerHour,
			3600,
			now
		);
	});
}

/**
 * Anmeldung from the event's portal page, without an account (issue 14, item 4): a filled-in
 * honeypot is refused, a client over the network's hourly limit too (`rate_limited`); then under
 * the event's row lock a seat or a place on the waiting list, and the mail with the personal link
 * (and the `.ics` when a seat was given), in the page's language, in the same transaction.
 */
export async function registerFromPortal(
	ctx: EventContext,
	eventId: string,
	input: RegistrationInput,
	request: PortalRequest
): Promise<PortalRegistration> {
	const now = ctx.now ?? new Date();
	// What people never see, only bots fill in: nothing is stored, and no mail leaves.
	if (input.honeypot.trim() !== '')
		throw new AppError('validation', { field: 'form', message: 'events.form.rejected' });
	if (!(await withinRateLimit(ctx, request, now))) throw new AppError('rate_limited');
	const { token, hash } = newLinkToken();
	return tenantTx(ctx, async (tx) => {
		const event = await lockEvent(tx, ctx, eventId);
		if (event.visibility === 'members' && !viewerIsMember(ctx)) throw new AppError('not_found');
		const closed = await registrationClosed(tx, event, now);
		if (closed) throw new AppError('validation', { field: 'form', message: `events.error.closed.${closed}` });
		const placed = await placeRegistration(
			tx,
			event,
			{
				name: input.name,
				email: input.email,
				phone: input.phone,
				organisationName: input.organisationName,
				persons: input.persons,
				answers: input.answers,
				locale: request.locale,
				userId: viewerIsMember(ctx) ? ctx.actor!.userId : null,
				consentAt: now,
				tokenHash: hash
			},
			now
		).catch((e: unknown) => {
			// "Full, no waiting list" belongs next to the number of persons only where the form asks for it.
			if (isAppError(e, 'validation') && !asksPersons(event.audience))
				throw new AppError('validation', { ...e.details, field: 'form' });
			throw e;
		});
		await mailRegistration(tx, ctx, event, placed.id, placed.status === 'registered' ? 'confirmed' : 'waiting', token);
		return { status: placed.status, waitingPosition: placed.waitingPosition };
	});
}
