import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers, outbox } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { linkIn } from '$tests/smtp';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { emptySearch } from '$tests/offer-fixtures';
import { offerFormSchema, type OfferFormInput } from './offer-schema';
import { offerToFormValues } from './offer-form-values';
import { saveOffer } from './save-offer';
import { getFreshnessOverview } from './freshness-overview';
import { sendFreshnessReminders } from './send-freshness-reminders';
import { confirmOfferCurrent, describeConfirmation } from './confirm-offer-current';
import { searchOffers } from './search-offers';
import { getPublishedOffer } from './get-offer';

const DAY = 86_400_000;
const search = emptySearch;

describe.each(TEST_DATABASE_KINDS)('freshness job and "still current" links (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('reminds the provider once, the link verifies the offer; after the grace period the offer leaves the portal and the provider is told', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const org = await makeOrganisation(db, network.id);
		const provider = await makeUser(db, {
			email: `frisch-${network.slug}@example.org`,
			roles: [{ role: 'provider', networkId: network.id, organisationId: org.id }]
		});
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const start = new Date('2026-01-10T09:00:00Z');
		const coord = { ...tenantContext(db, network, coordinator), now: start };
		const parsed = parseWith(offerFormSchema, {
			...offerToFormValues(null, [], 'Musterstadt'),
			title: 'Familiencafé',
			summary: 'Treffpunkt.',
			lifeStages: ['0-1'],
			status: 'published',
			organisationId: org.id,
			markVerified: true
		});
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		const { id } = await saveOffer(coord, null, parsed.data as OfferFormInput);

		// Five months later: nothing due yet.
		expect(
			await sendFreshnessReminders(db, { now: new Date(start.getTime() + 150 * DAY), baseUrl: 'http://localhost' })
		).toEqual({ reminded: 0, hidden: 0 });
		// Ten days before the due date: one reminder, and only one even if the job runs again.
		const remindAt = new Date('2026-06-30T09:00:00Z');
		expect((await sendFreshnessReminders(db, { now: remindAt, baseUrl: 'http://localhost' })).reminded).toBe(1);
		expect(
			(await sendFreshnessReminders(db, { now: new Date(remindAt.getTime() + DAY), baseUrl: 'http://localhost' }))
				.reminded
		).toBe(0);
		const [mail] = await withSystem(db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.template, 'freshness_reminder'))
		);
		expect(mail!.toAddress).toBe(provider.email);
		expect(mail!.textBody).toContain('Familiencafé');
		const link = linkIn(mail!.textBody, '/bestaetigen/');
		const token = link.split('/bestaetigen/')[1]!;

		// The coordinator sees it as "due soon".
		const overview = await getFreshnessOverview({ ...coord, now: remindAt });
		expect(overview.dueSoon.map((o) => o.id)).toEqual([id]);

		// Overdue and past the grace period: hidden from search and the offer page.
		const late = new Date('2026-08-20T09:00:00Z');
		const portal = { ...tenantContext(db, network, null), now: late };
		expect((await searchOffers(portal, search)).total).toBe(0);
		await expect(getPublishedOffer(portal, id)).rejects.toThrow();
		expect((await searchOffers({ ...portal, now: remindAt }, search)).total).toBe(1);
		expect((await sendFreshnessReminders(db, { now: late, baseUrl: 'http://localhost' })).hidden).toBe(1);
		const hiddenMails = await withSystem(db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.template, 'freshness_hidden'))
		);
		expect(hiddenMails.map((m) => m.toAddress)).toEqual([provider.email]);
		expect((await getFreshnessOverview({ ...coord, now: late })).hidden.map((o) => o.id)).toEqual([id]);

		// The link still works (valid through the grace period) and brings the offer back.
		expect((await describeConfirmation(db, token, late)).state).toBe('valid');
		expect((await confirmOfferCurrent(db, token, late)).state).toBe('confirmed');
		const [row] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(row!.verifiedAt?.toISOString()).toBe(late.toISOString());
		expect((await searchOffers(portal, search)).total).toBe(1);

		// Reused, forged and expired links explain themselves and change nothing.
		expect((await confirmOfferCurrent(db, token, late)).state).toBe('used');
		expect((await confirmOfferCurrent(db, 'x'.repeat(43), late)).state).toBe('unknown');
		expect((await describeConfirmation(db, '<script>', late)).state).toBe('unknown');
	});
});
