import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import type { NetworkRef } from '$lib/server/domains/shared/context';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, tenantContext } from '$tests/fixtures';
import { mailsTo, makeEvent, personalLinkIn, registrant, registrationsOf, tokenOf } from '$tests/public-event-fixtures';
import { registerFromPortal } from './register-from-portal';
import { cancelRegistrationByLink } from './cancel-registration-by-link';
import { acceptSeatOffer } from './accept-seat-offer';
import { describeRegistration } from './registration-by-link';
import type { EventContext } from './registration-mail';

const BASE = 'https://portal.example.org';
const NOW = new Date('2027-03-01T09:00:00Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
const request = { clientAddress: '192.0.2.10', locale: 'de' as const, rateLimit: false };

describe.each(TEST_DATABASE_KINDS)('registration through the portal and the personal link on %s', (kind) => {
	let database: Database;
	let network: NetworkRef;
	let ctx: EventContext;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		network = await makeNetwork(database.db, 'kurse');
		await makeNetwork(database.db, 'nachbarn');
		ctx = { ...tenantContext(database.db, network, null), now: NOW, baseUrl: BASE };
	});
	afterAll(async () => database.close());

	/** Registers person i and returns the token of the personal link from the mail. */
	async function register(eventId: string, i: number, locale: 'de' | 'tr' = 'de') {
		const placed = await registerFromPortal(ctx, eventId, registrant(i), { ...request, locale });
		const [mail] = await mailsTo(database.db, registrant(i).email);
		return { placed, token: tokenOf(personalLinkIn(mail!.textBody)), mail: mail! };
	}

	it('cancelling through the link gives the seat to the first on the waiting list in the same transaction, and mails both', async () => {
		const eventId = await makeEvent(ctx, { capacity: 1 });
		const first = await register(eventId, 1, 'tr');
		expect(first.placed).toEqual({ status: 'registered', waitingPosition: null });
		// The confirmation: in the registration's language, with the calendar file and the personal link.
		expect(first.mail.template).toBe('registration_confirmed');
		expect(first.mail.subject).toMatch(/^Kayıt onaylandı: Babymassage-Kurs/);
		expect(first.mail.attachments.map((a) => a.filename)).toEqual(['veranstaltung.ics']);
		expect(Buffer.from(first.mail.attachments[0]!.contentBase64, 'base64').toString()).toContain('METHOD:PUBLISH');
		const second = await register(eventId, 2);
		const third = await register(eventId, 3);
		expect(second.placed).toEqual({ status: 'waiting', waitingPosition: 1 });
		expect(third.placed).toEqual({ status: 'waiting', waitingPosition: 2 });
		expect(second.mail.template).toBe('registration_waiting');
		expect(second.mail.textBody).toContain('Sie stehen auf Platz 1 der Warteliste.');

		const view = await describeRegistration(database.db, network.slug, third.token, NOW);
		expect(view).toMatchObject({
			state: 'valid',
			status: 'waiting',
			waitingPosition: 2,
			canCancel: true,
			locale: 'de'
		});

		const outcome = await cancelRegistrationByLink(database.db, BASE, network.slug, first.token, NOW);
		expect(outcome.done).toBe('cancelled');
		expect(outcome.view).toMatchObject({ state: 'valid', status: 'cancelled', canCancel: false });
		expect((await registrationsOf(database.db, eventId)).map((r) => r.status)).toEqual([
			'cancelled',
			'registered',
			'waiting'
		]);
		const toSecond = await mailsTo(database.db, registrant(2).email);
		const promoted = toSecond.find((m) => m.template === 'seat_promoted')!;
		expect(promoted.subject).toMatch(/^Sie haben einen Platz: Babymassage-Kurs/);
		expect(promoted.attachments).toHaveLength(1);
		// A new personal link in the promotion mail; the first one keeps working.
		const promotedLink = tokenOf(personalLinkIn(promoted.textBody));
		expect(promotedLink).not.toBe(second.token);
		for (const token of [second.token, promotedLink])
			expect(await describeRegistration(database.db, network.slug, token, NOW)).toMatchObject({ status: 'registered' });
		expect(await describeRegistration(database.db, network.slug, third.token, NOW)).toMatchObject({
			status: 'waiting',
			waitingPosition: 1
		});
		const cancelled = (await mailsTo(database.db, registrant(1).email)).find(
			(m) => m.template === 'registration_cancelled'
		)!;
		expect(cancelled.subject).toMatch(/^Kayıt iptali onaylandı/);
		expect(Buffer.from(cancelled.attachments[0]!.contentBase64, 'base64').toString()).toContain('METHOD:CANCEL');

		// A second click changes nothing and mails nobody.
		const again = await cancelRegistrationByLink(database.db, BASE, network.slug, first.token, NOW);
		expect(again.done).toBe('not_possible');
		expect((await registrationsOf(database.db, eventId)).map((r) => r.status)).toEqual([
			'cancelled',
			'registered',
			'waiting'
		]);
	});

	it('offers the freed seat with a deadline in promotion mode "offer"; accepted in time it is a registration, later it has expired', async () => {
		const eventId = await makeEvent(ctx, { capacity: 1, promotionMode: 'offer', offerHours: 48 });
		const a = await register(eventId, 11);
		const b = await register(eventId, 12);
		const c = await register(eventId, 13);
		await cancelRegistrationByLink(database.db, BASE, network.slug, a.token, NOW);
		const offer = (await mailsTo(database.db, registrant(12).email)).find((m) => m.template === 'seat_offered')!;
		expect(offer.textBody).toContain('Platz annehmen');
		expect(await describeRegistration(database.db, network.slug, b.token, later(1))).toMatchObject({
			status: 'offered',
			offerExpired: false,
			offerExpiresAt: later(48)
		});
		const late = await acceptSeatOffer(database.db, BASE, network.slug, b.token, later(49));
		expect(late.done).toBe('expired');
		expect(late.view).toMatchObject({ status: 'offered', offerExpired: true });
		const accepted = await acceptSeatOffer(database.db, BASE, network.slug, b.token, later(2));
		expect(accepted.done).toBe('accepted');
		expect(accepted.view).toMatchObject({ status: 'registered' });
		const confirmations = (await mailsTo(database.db, registrant(12).email)).filter(
			(m) => m.template === 'registration_confirmed'
		);
		expect(confirmations).toHaveLength(1);
		expect((await acceptSeatOffer(database.db, BASE, network.slug, c.token, later(2))).done).toBe('not_possible');
	});

	it('answers a forged link, another network’s link and a malformed one without touching anything', async () => {
		const eventId = await makeEvent(ctx, { capacity: 5 });
		const { token } = await register(eventId, 21);
		expect(await describeRegistration(database.db, 'nachbarn', token, NOW)).toEqual({ state: 'other_network' });
		expect(await describeRegistration(database.db, network.slug, 'x'.repeat(43), NOW)).toEqual({ state: 'unknown' });
		expect(await describeRegistration(database.db, network.slug, '../etc', NOW)).toEqual({ state: 'unknown' });
		expect((await cancelRegistrationByLink(database.db, BASE, 'nachbarn', token, NOW)).done).toBeNull();
		expect((await registrationsOf(database.db, eventId))[0]!.status).toBe('registered');
	});

	it('refuses a filled-in honeypot, a registration after the deadline, a members-only event for a visitor and too many per address', async () => {
		const eventId = await makeEvent(ctx, { capacity: 5, registrationClosesAt: later(24) });
		await expect(
			registerFromPortal(ctx, eventId, registrant(31, { honeypot: 'https://spam.example' }), request)
		).rejects.toSatisfy((e) => isAppError(e, 'validation') && e.details.message === 'events.form.rejected');
		expect(await registrationsOf(database.db, eventId)).toEqual([]);
		expect(await mailsTo(database.db, registrant(31).email)).toEqual([]);
		await expect(registerFromPortal({ ...ctx, now: later(25) }, eventId, registrant(32), request)).rejects.toSatisfy(
			(e) => isAppError(e, 'validation') && e.details.message === 'events.error.closed.closed'
		);
		const members = await makeEvent(ctx, { visibility: 'members' });
		await expect(registerFromPortal(ctx, members, registrant(33), request)).rejects.toSatisfy((e) =>
			isAppError(e, 'not_found')
		);
		// The network's limit (default 10 an hour) per client address.
		const limited = { ...request, rateLimit: true, clientAddress: '198.51.100.7' };
		for (let i = 0; i < 10; i++) await registerFromPortal(ctx, eventId, registrant(40 + i), limited);
		await expect(registerFromPortal(ctx, eventId, registrant(50), limited)).rejects.toSatisfy((e) =>
			isAppError(e, 'rate_limited')
		);
		await registerFromPortal(ctx, eventId, registrant(51), { ...limited, clientAddress: '198.51.100.8' });
	});
});
