import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers, outbox } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { offerInput as input, reviewSetup } from '$tests/offer-fixtures';
import { saveOffer } from './save-offer';
import { proposeOfferChange } from './propose-offer-change';
import { decideOfferChange, getOfferChange, listReviewQueue } from './review-offer-change';
import { loadProviderOfferForm } from './load-offer-form';

describe.each(TEST_DATABASE_KINDS)('offer review workflow (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => reviewSetup(database.db);

	it('keeps the published text until the coordinator approves, shows the diff, then publishes', async () => {
		const { db, org, coord, prov } = await setup();
		const { id, version } = await saveOffer(coord, null, input({ organisationId: org.id }));
		await proposeOfferChange(
			prov,
			id,
			input({ version, title: 'Babytreff am Dienstag', 'loc0-street': 'Beispielweg 1', 'loc0-postcode': '12345' })
		);

		const live = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(live[0]!.title).toBe('Babytreff');

		const [queued] = await listReviewQueue(coord);
		expect(queued?.proposedTitle).toBe('Babytreff am Dienstag');
		const change = await getOfferChange(coord, queued!.id);
		expect(change.changes).toEqual(
			expect.arrayContaining([
				{ field: 'title', before: 'Babytreff', after: 'Babytreff am Dienstag' },
				{ field: 'loc0-street', before: '', after: 'Beispielweg 1' }
			])
		);
		expect(change.changes.find((c) => c.field === 'summary')).toBeUndefined();

		await decideOfferChange(coord, queued!.id, { decision: 'approve' });
		const after = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(after[0]!.title).toBe('Babytreff am Dienstag');
		expect(after[0]!.status).toBe('published');
		expect(await listReviewQueue(coord)).toHaveLength(0);
		const mails = await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'offer_approved')));
		expect(mails.map((m) => m.toAddress)).toContain(prov.actor!.email);
	});

	it('sends a change back with a comment by mail; the provider continues from it; a second decision is refused', async () => {
		const { db, org, coord, prov } = await setup();
		const { id, version } = await saveOffer(coord, null, input({ organisationId: org.id }));
		await proposeOfferChange(prov, id, input({ version, summary: 'Neu: jeden Dienstag.' }));
		const [queued] = await listReviewQueue(coord);
		await decideOfferChange(coord, queued!.id, { decision: 'return', comment: 'Bitte die Uhrzeit ergänzen.' });
		await expect(decideOfferChange(coord, queued!.id, { decision: 'approve' })).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);

		const mails = await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.template, 'offer_returned')));
		expect(mails).toHaveLength(1);
		expect(mails[0]!.toAddress).toBe(prov.actor!.email);
		expect(mails[0]!.textBody).toContain('Bitte die Uhrzeit ergänzen.');
		expect(mails[0]!.textBody).toContain(`/intern/anbieter/angebote/${id}`);

		const form = await loadProviderOfferForm(prov, id);
		expect(form.notice?.state).toBe('returned');
		expect(form.values.summary).toBe('Neu: jeden Dienstag.');
	});

	it('a new offer from a provider waits in review, unpublished, and is published on approval', async () => {
		const { db, coord, prov } = await setup();
		const { id } = await proposeOfferChange(prov, null, input({ title: 'Elterncafé' }));
		const [row] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(row!.status).toBe('review');
		const [queued] = await listReviewQueue(coord);
		expect((await getOfferChange(coord, queued!.id)).isNew).toBe(true);
		await decideOfferChange(coord, queued!.id, { decision: 'approve' });
		const [published] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(published!.status).toBe('published');
		expect(published!.verifiedAt).not.toBeNull();
	});
});
