import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem, withTenant } from '$lib/server/db/scope';
import { offers, searchWords } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeOrganisation, makeUser, tenantContext } from '$tests/fixtures';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { offerFormSchema, type OfferFormInput } from './offer-schema';
import { offerToFormValues } from './offer-form-values';
import { refreshSearchWords } from './refresh-search-words';
import { saveOffer } from './save-offer';
import { searchOffers } from './search-offers';
import { emptySearch } from '$tests/offer-fixtures';

const empty = emptySearch;
/** Invented words, one per writer, so each new offer brings words of its own into the lexicon. */
const WORDS = [
	'zauberwald',
	'mondlicht',
	'regenbogen',
	'sternschnuppe',
	'wolkenschiff',
	'sonnenhut',
	'kieselstein',
	'pusteblume',
	'schneeflocke',
	'glockenspiel'
];

function formInput(organisationId: string, fields: Record<string, unknown>): OfferFormInput {
	const parsed = parseWith(offerFormSchema, {
		...offerToFormValues(null, [], 'Musterstadt'),
		summary: 'Ein Treffpunkt für Eltern.',
		lifeStages: ['0-1'],
		status: 'published',
		organisationId,
		...fields
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data as OfferFormInput;
}

const lexicon = async (ctx: TenantContext) =>
	(
		await withSystem(ctx.db, (tx) =>
			tx
				.select({ word: searchWords.word, frequency: searchWords.frequency })
				.from(searchWords)
				.where(eq(searchWords.networkId, ctx.network.id))
		)
	).sort((a, b) => a.word.localeCompare(b.word));

describe.each(TEST_DATABASE_KINDS)('concurrent offer saves on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;
	let organisationId: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const network = await makeNetwork(database.db);
		organisationId = (await makeOrganisation(database.db, network.id, 'Familienzentrum Beispielstadt')).id;
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		ctx = tenantContext(database.db, network, coordinator);
		await saveOffer(ctx, null, formInput(organisationId, { title: 'Elterncafé am Markt' }));
	});
	afterAll(() => database?.close());

	it('stores 20 concurrent writers (new offers and edits) without an error, and the lexicon suggests their words', async () => {
		const edited = await Promise.all(
			WORDS.map((_, i) => saveOffer(ctx, null, formInput(organisationId, { title: `Spielgruppe Nummer ${i}` })))
		);
		const results = await Promise.allSettled([
			...WORDS.map((word) => saveOffer(ctx, null, formInput(organisationId, { title: `${word} Eltern-Kind-Gruppe` }))),
			...edited.map((o, i) =>
				saveOffer(
					ctx,
					o.id,
					formInput(organisationId, { title: `${WORDS[i]}treff am Nachmittag`, version: String(o.version) })
				)
			)
		]);
		expect(
			results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))
		).toEqual([]);

		const titles = (
			await withTenant(database.db, ctx.network.id, (tx) => tx.select({ title: offers.title }).from(offers))
		).map((r) => r.title);
		for (const [i, word] of WORDS.entries()) {
			expect(titles).toContain(`${word} Eltern-Kind-Gruppe`);
			expect(titles).toContain(`${word}treff am Nachmittag`);
			expect(titles).not.toContain(`Spielgruppe Nummer ${i}`);
		}
		// "Meinten Sie …?" (shown when nothing is found): a typo of a new offer's word is corrected from the lexicon.
		const typo = await searchOffers(ctx, { ...empty, q: 'zauberwlad', lifeStages: ['grundschule'] });
		expect(typo.total).toBe(0);
		expect(typo.suggestions).toEqual(['zauberwald']);
		// The words of the edited-away titles are gone from the suggestions.
		const old = await searchOffers(ctx, { ...empty, q: 'nummr', lifeStages: ['grundschule'] });
		expect(old.suggestions).toEqual([]);
		// Kept up to date word by word: the same as a full rebuild.
		const incremental = await lexicon(ctx);
		await withSystem(database.db, (tx) => refreshSearchWords(tx, ctx.network.id));
		expect(incremental).toEqual(await lexicon(ctx));
	});

	it('lets exactly one of two concurrent edits of the same version win; the other is a conflict, never a database error', async () => {
		const offer = await saveOffer(ctx, null, formInput(organisationId, { title: 'Babymassage' }));
		for (let round = 0; round < 10; round++) {
			const [current] = await withTenant(database.db, ctx.network.id, (tx) =>
				tx.select({ version: offers.version }).from(offers).where(eq(offers.id, offer.id))
			);
			const version = String(current!.version);
			const results = await Promise.allSettled([
				saveOffer(ctx, offer.id, formInput(organisationId, { title: `Babymassage ${round} A`, version })),
				saveOffer(ctx, offer.id, formInput(organisationId, { title: `Babymassage ${round} B`, version }))
			]);
			expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
			const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
			expect(isAppError(rejected.reason, 'conflict'), String(rejected.reason)).toBe(true);
		}
	});
});
