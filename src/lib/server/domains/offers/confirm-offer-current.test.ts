import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offerConfirmations, offers, outbox } from '$lib/server/db/schema';
import { isLinkToken, linkHash } from '$lib/server/domains/shared/personal-link';
import { linkIn } from '$tests/smtp';
import { makeNetwork, makeOrganisation, makeUser } from '$tests/fixtures';
import { issueConfirmation, sendFreshnessReminders } from './send-freshness-reminders';
import { confirmOfferCurrent, describeConfirmation } from './confirm-offer-current';

const DAY = 86_400_000;

describe.each(TEST_DATABASE_KINDS)('freshness job and "still current" links (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('stores only the hash of the link, works until its expiry and once only', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const org = await makeOrganisation(db, network.id);
		const [offer] = await withSystem(db, (tx) =>
			tx
				.insert(offers)
				.values({
					networkId: network.id,
					organisationId: org.id,
					title: 'Elterncafé',
					offerType: 'beratung',
					status: 'published'
				})
				.returning({ id: offers.id })
		);
		const now = new Date('2026-03-01T10:00:00Z');
		const token = await withSystem(db, (tx) =>
			issueConfirmation(tx, { networkId: network.id, offerId: offer!.id, now, validDays: 30 })
		);
		expect(isLinkToken(token)).toBe(true);
		const rows = await withSystem(db, (tx) =>
			tx.select().from(offerConfirmations).where(eq(offerConfirmations.offerId, offer!.id))
		);
		expect(rows.map((r) => r.id)).toEqual([linkHash(token)]);
		expect(rows[0]!.expiresAt.toISOString()).toBe('2026-03-31T10:00:00.000Z');

		expect((await describeConfirmation(db, token, now)).state).toBe('valid');
		expect((await describeConfirmation(db, token, new Date('2026-03-31T10:00:00Z'))).state).toBe('expired');
		expect((await confirmOfferCurrent(db, token, new Date('2026-03-31T10:00:00Z'))).state).toBe('expired');
		expect((await confirmOfferCurrent(db, token, now)).state).toBe('confirmed');
		expect((await describeConfirmation(db, token, now)).state).toBe('used');
		expect((await describeConfirmation(db, linkHash(token), now)).state).toBe('unknown');
	});

	it('an expired link is refused', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const org = await makeOrganisation(db, network.id);
		await makeUser(db, { roles: [{ role: 'provider', networkId: network.id, organisationId: org.id }] });
		const old = new Date('2025-01-01T00:00:00Z');
		await withSystem(db, (tx) =>
			tx.insert(offers).values({
				networkId: network.id,
				organisationId: org.id,
				title: 'Alt',
				offerType: 'beratung',
				status: 'published',
				verifiedAt: old,
				createdAt: old
			})
		);
		const now = new Date('2025-06-25T00:00:00Z');
		await sendFreshnessReminders(db, { now, baseUrl: 'http://localhost' });
		const mails = await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.networkId, network.id)));
		const token = linkIn(mails[0]!.textBody, '/bestaetigen/').split('/bestaetigen/')[1]!;
		const muchLater = new Date(now.getTime() + 200 * DAY);
		expect((await confirmOfferCurrent(db, token, muchLater)).state).toBe('expired');
	});
});
