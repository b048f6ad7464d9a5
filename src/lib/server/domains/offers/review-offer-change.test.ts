import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers, outbox } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import { offerFormSchema, type OfferFormInput } from './offer-schema';
import { offerToFormValues } from './offer-form-values';
import { saveOffer } from './save-offer';
import { proposeOfferChange } from './propose-offer-change';
import {
	decideOfferChange,
	getOfferChange,
	listOfferHistory,
	listReviewQueue,
	restoreOfferVersion
} from './review-offer-change';
import { loadProviderOfferForm } from './load-offer-form';

function input(values: Record<string, unknown>): OfferFormInput {
	const base = {
		...offerToFormValues(null, [], 'Musterstadt'),
		lifeStages: ['0-1'],
		title: 'Babytreff',
		summary: 'Offener Treff für Eltern mit Babys.',
		status: 'published'
	};
	const parsed = parseWith(offerFormSchema, { ...base, ...values });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data as OfferFormInput;
}

describe.each(TEST_DATABASE_KINDS)('offer review workflow (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	async function setup() {
		const db = database.db;
		const network = await makeNetwork(db);
		const org = await makeOrganisation(db, network.id);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const provider = await makeUser(db, {
			email: `anbieter-${network.slug}@example.org`,
			roles: [{ role: 'provider', networkId: network.id, organisationId: org.id }]
		});
		return {
			db,
			network,
			org,
			coord: { ...tenantContext(db, network, coordinator), baseUrl: 'http://localhost:3000' },
			prov: tenantContext(db, network, provider)
		};
	}

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

	it("refuses a provider's change to another organisation's offer and a stale version", async () => {
		const { db, network, coord, prov } = await setup();
		const other = await makeOrganisation(db, network.id);
		const { id, version } = await saveOffer(coord, null, input({ organisationId: other.id }));
		await expect(proposeOfferChange(prov, id, input({ version }))).rejects.toSatisfy((e) => isAppError(e, 'not_found'));
		const own = await saveOffer(
			coord,
			null,
			input({ organisationId: (await loadProviderOfferForm(prov, null)).organisationId })
		);
		await saveOffer(
			coord,
			own.id,
			input({
				version: own.version,
				organisationId: (await loadProviderOfferForm(prov, null)).organisationId,
				title: 'Neuer Titel'
			})
		);
		await expect(proposeOfferChange(prov, own.id, input({ version: own.version }))).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
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

	it('keeps every version and restores an older one as a new version', async () => {
		const { db, coord } = await setup();
		const first = await saveOffer(coord, null, input({ title: 'Fassung eins' }));
		const second = await saveOffer(coord, first.id, input({ version: first.version, title: 'Fassung zwei' }));
		const history = await listOfferHistory(coord, first.id);
		expect(history.versions.map((v) => v.data.title)).toEqual(['Fassung zwei', 'Fassung eins']);
		expect(history.versions[0]!.changes).toContain('title');
		await restoreOfferVersion(coord, first.id, history.versions[1]!.id, second.version);
		const [row] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, first.id)));
		expect(row!.title).toBe('Fassung eins');
		expect((await listOfferHistory(coord, first.id)).versions).toHaveLength(3);
		await expect(restoreOfferVersion(coord, first.id, history.versions[0]!.id, second.version)).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
	});

	it('stores several locations and translations', async () => {
		const { db, coord } = await setup();
		const { id } = await saveOffer(
			coord,
			null,
			input({
				'loc0-street': 'Am Markt 1',
				'loc0-postcode': '12345',
				'loc1-street': 'Parkweg 2',
				'loc1-postcode': '12347',
				'tr-en-title': 'Baby meet-up',
				'tr-tr-summary': 'Bebek buluşması'
			})
		);
		const [row] = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, id)));
		expect(row!.translations).toEqual({ en: { title: 'Baby meet-up' }, tr: { summary: 'Bebek buluşması' } });
		const history = await listOfferHistory(coord, id);
		expect(history.versions[0]!.data['loc1-street']).toBe('Parkweg 2');
	});
});
