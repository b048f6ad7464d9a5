import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers, topics } from '$lib/server/db/schema';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import type { GuidanceCardInput } from '$lib/server/domains/guidance/guidance-schema';
import { guidanceForPortal } from '$lib/server/domains/guidance/list-guidance-cards';
import { saveGuidanceCard } from '$lib/server/domains/guidance/save-guidance-card';
import { getPublishedOffer } from '$lib/server/domains/offers/get-offer';
import { getPublicEvent } from '$lib/server/domains/events/get-public-event';
import { makeEvent } from '$tests/public-event-fixtures';
import { loadTermTranslator } from '$lib/server/domains/taxonomy/term-translations';
import { exportTranslationXliff, importTranslationXliff, looksLikeXliff, xliffLanguageTag } from './translation-xliff';

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0';
const { DOMParser, XMLSerializer } = new JSDOM().window;
const bytes = (xml: string) => new TextEncoder().encode(xml);

/** Parses with a namespace-aware XML parser that is not the one the export used; fails on any parse error. */
function parseXml(xml: string) {
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	expect(doc.getElementsByTagName('parsererror').length).toBe(0);
	return doc;
}
const children = (el: Element, name: string) =>
	Array.from(el.children).filter((c) => c.namespaceURI === XLIFF && c.localName === name);

/**
 * The XLIFF 2.0 core rules that can be checked without the schema (no XSD ships in node_modules):
 * namespace and version, srcLang/trgLang, file ids unique, unit ids unique per file and NMTOKENs,
 * `<notes>` before the one `<segment>`, which holds one `<source>` and at most one `<target>`.
 */
function assertXliff20(xml: string, trgLang: string) {
	const doc = parseXml(xml);
	const root = doc.documentElement;
	expect([root.namespaceURI, root.localName]).toEqual([XLIFF, 'xliff']);
	expect(root.getAttribute('version')).toBe('2.0');
	expect(root.getAttribute('srcLang')).toBe('de');
	expect(root.getAttribute('trgLang')).toBe(trgLang);
	const files = children(root, 'file');
	expect(files.length).toBeGreaterThan(0);
	const fileIds = files.map((f) => f.getAttribute('id'));
	expect(new Set(fileIds).size).toBe(files.length);
	for (const file of files) {
		expect(file.getAttribute('id')).toMatch(/^[\w.:-]+$/);
		const units = children(file, 'unit');
		const ids = units.map((u) => u.getAttribute('id') ?? '');
		expect(new Set(ids).size).toBe(units.length);
		for (const unit of units) {
			expect(unit.getAttribute('id')).toMatch(/^(offer|guidance|event):[0-9a-f-]{36}:[a-z]+$|^term:[0-9a-f]{16}:name$/);
			expect(unit.getAttribute('canResegment')).toBe('no');
			expect(unit.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'space')).toBe('preserve');
			const kids = Array.from(unit.children).map((c) => c.localName);
			expect(kids).toEqual(['notes', 'segment']);
			const segment = children(unit, 'segment')[0]!;
			expect(Array.from(segment.children).map((c) => c.localName)).toEqual(['source', 'target']);
			expect(children(segment, 'target')[0]!.textContent).toBe('');
		}
	}
	return doc;
}

/** Fills targets as a translation tool would: by unit id, through the DOM, serialised again. */
function fill(xml: string, targets: Record<string, string>, edit?: (doc: Document) => void): Uint8Array {
	const doc = parseXml(xml);
	for (const unit of Array.from(doc.getElementsByTagNameNS(XLIFF, 'unit'))) {
		const text = targets[unit.getAttribute('id') ?? ''];
		if (text !== undefined) unit.getElementsByTagNameNS(XLIFF, 'target')[0]!.textContent = text;
	}
	edit?.(doc);
	return bytes(new XMLSerializer().serializeToString(doc));
}

const unitIds = (xml: string) =>
	Array.from(parseXml(xml).getElementsByTagNameNS(XLIFF, 'unit')).map((u) => u.getAttribute('id')!);

describe.each(TEST_DATABASE_KINDS)('translation package as XLIFF 2.0 (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	async function setUp() {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const description = 'Wir treffen uns im Saal & im Garten.\n\n- Kaffee <gratis>\n- Spiele';
		const [offer] = await withSystem(db, (tx) =>
			tx
				.insert(offers)
				.values({
					networkId: network.id,
					title: 'Krabbelgruppe am Markt',
					summary: 'Spielen und singen.',
					description,
					offerType: 'gruppe',
					status: 'published',
					translations: { tr: { title: 'Pazar yerinde emekleme grubu' } }
				})
				.returning()
		);
		await withSystem(db, (tx) =>
			tx.insert(topics).values({ networkId: network.id, slug: 'stadtteiltreff', name: 'Unser Stadtteiltreff' })
		);
		const { id: cardId } = await saveGuidanceCard(ctx, {
			id: '',
			version: 0,
			lifeStage: '0-1',
			title: 'Babytreff im Stadtteil',
			text: 'Jeden Dienstag mit Kaffee und Fragen.',
			query: 'Babytreff',
			position: 5
		} as GuidanceCardInput);
		return { db, network, ctx, offer: offer!, cardId, description };
	}

	it('exports one unit per untranslated text, and a filled file comes back through dry run and apply', async () => {
		const { db, ctx, offer, cardId, description } = await setUp();
		const xml = await exportTranslationXliff(ctx, 'tr');
		const doc = assertXliff20(xml, 'tr');
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		const ids = unitIds(xml);
		// The title has a Turkish translation: not in the package; the shipped guidance cards neither.
		expect(ids).toEqual(
			expect.arrayContaining([
				`offer:${offer.id}:summary`,
				`offer:${offer.id}:description`,
				`guidance:${cardId}:title`,
				`guidance:${cardId}:text`
			])
		);
		expect(ids).not.toContain(`offer:${offer.id}:title`);
		expect(ids.filter((id) => id.startsWith('guidance:'))).toHaveLength(2);
		const termUnit = Array.from(doc.getElementsByTagNameNS(XLIFF, 'unit')).find(
			(u) => u.getElementsByTagNameNS(XLIFF, 'source')[0]!.textContent === 'Unser Stadtteiltreff'
		)!;
		expect(termUnit.getAttribute('id')).toMatch(/^term:[0-9a-f]{16}:name$/);
		const descriptionUnit = doc.querySelector(`unit[id="offer:${offer.id}:description"]`)!;
		// White space and markup characters arrive as text; the note says what the text is and how long it may be.
		expect(descriptionUnit.getElementsByTagNameNS(XLIFF, 'source')[0]!.textContent).toBe(description);
		expect(descriptionUnit.getElementsByTagNameNS(XLIFF, 'note')[0]!.textContent).toBe(
			'Angebot „Krabbelgruppe am Markt“ – Beschreibung. Höchstens 20.000 Zeichen.'
		);
		expect(descriptionUnit.getAttribute('slr:sizeRestriction')).toBe('20000');

		const filled = fill(xml, {
			[`offer:${offer.id}:summary`]: 'Oyun ve şarkı.',
			[`offer:${offer.id}:description`]: 'Salonda & bahçede buluşuyoruz.\n\n- Kahve\n- Oyunlar',
			[`guidance:${cardId}:title`]: 'Mahalle bebek buluşması',
			[`guidance:${cardId}:text`]: 'Her salı kahve ve sorularla.',
			[termUnit.getAttribute('id')!]: 'Mahalle buluşması'
		});
		const preview = await importTranslationXliff(ctx, 'tr', filled, { apply: false });
		expect(preview).toMatchObject({ format: 'xliff', applied: false, errors: [] });
		expect(preview.changes.map((c) => [c.id, c.field, c.before, c.after])).toEqual([
			[`offer:${offer.id}`, 'summary', '', 'Oyun ve şarkı.'],
			[`offer:${offer.id}`, 'description', '', 'Salonda & bahçede buluşuyoruz.\n\n- Kahve\n- Oyunlar'],
			[`guidance:${cardId}`, 'title', '', 'Mahalle bebek buluşması'],
			[`guidance:${cardId}`, 'text', '', 'Her salı kahve ve sorularla.'],
			['term', 'name', '', 'Mahalle buluşması']
		]);
		const untouched = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, offer.id)));
		expect(untouched[0]!.translations).toEqual({ tr: { title: 'Pazar yerinde emekleme grubu' } });

		expect((await importTranslationXliff(ctx, 'tr', filled, { apply: true })).applied).toBe(true);
		// What the family sees on the Turkish pages.
		const published = await getPublishedOffer({ ...ctx, actor: null }, offer.id);
		expect(published.translations.tr).toEqual({
			title: 'Pazar yerinde emekleme grubu',
			summary: 'Oyun ve şarkı.',
			description: 'Salonda & bahçede buluşuyoruz.\n\n- Kahve\n- Oyunlar'
		});
		const firstYear = (await guidanceForPortal({ ...ctx, actor: null }, 'tr')).find((g) => g.stage === '0-1')!;
		expect(firstYear.cards.find((c) => c.query === 'Babytreff')).toMatchObject({
			title: 'Mahalle bebek buluşması',
			german: false
		});
		expect((await loadTermTranslator(ctx, 'tr'))('Unser Stadtteiltreff')).toBe('Mahalle buluşması');
		// Nothing left to translate into Turkish from these texts.
		const next = unitIds(await exportTranslationXliff(ctx, 'tr'));
		expect(next.filter((id) => id.includes(offer.id) || id.includes(cardId))).toEqual([]);
	});

	it('reports unknown ids, an edited source and markup per unit, and applies nothing then', async () => {
		const { db, ctx, offer, cardId } = await setUp();
		const xml = await exportTranslationXliff(ctx, 'tr');
		const unknown = 'offer:00000000-0000-0000-0000-000000000000:title';
		const broken = fill(xml, { [`offer:${offer.id}:summary`]: 'Oyun ve şarkı.' }, (doc) => {
			const file = doc.getElementsByTagNameNS(XLIFF, 'file')[0]!;
			const unit = doc.createElementNS(XLIFF, 'unit');
			unit.setAttribute('id', unknown);
			unit.innerHTML = `<segment xmlns="${XLIFF}"><source>Gibt es nicht</source><target>Yok</target></segment>`;
			file.appendChild(unit);
			const card = doc.querySelector(`unit[id="guidance:${cardId}:title"]`)!;
			card.getElementsByTagNameNS(XLIFF, 'source')[0]!.textContent = 'Babytreff (geändert)';
			card.getElementsByTagNameNS(XLIFF, 'target')[0]!.textContent = 'Bebek buluşması';
			const text = doc.querySelector(`unit[id="guidance:${cardId}:text"] target`)!;
			text.innerHTML = `Her salı <ph xmlns="${XLIFF}" id="1"/>`;
			// The library would read a <mrk> as nothing: refused, not shortened to "Oyun  şarkı".
			const summary = doc.querySelector(`unit[id="offer:${offer.id}:summary"] target`)!;
			summary.innerHTML = `Oyun <mrk xmlns="${XLIFF}" id="m1" translate="no">ve</mrk> şarkı`;
		});
		const result = await importTranslationXliff(ctx, 'tr', broken, { apply: true });
		expect(result.applied).toBe(false);
		expect(result.errors.map((e) => [e.unit, e.column, e.message])).toEqual([
			[`offer:${offer.id}:summary`, 'target', 'tr.errorXliffMarkup'],
			[`guidance:${cardId}:title`, 'source', 'tr.errorSourceChanged'],
			[`guidance:${cardId}:text`, 'target', 'tr.errorXliffMarkup'],
			[unknown, 'id', 'tr.errorUnknown']
		]);
		const after = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, offer.id)));
		expect(after[0]!.translations).toEqual({ tr: { title: 'Pazar yerinde emekleme grubu' } });
	});

	it('refuses a file of another language, malformed XML, XLIFF 1.2 and split segments with a message for the file', async () => {
		const { ctx, offer } = await setUp();
		const xml = await exportTranslationXliff(ctx, 'tr');
		const filled = fill(xml, { [`offer:${offer.id}:summary`]: 'Oyun ve şarkı.' });
		expect(await importTranslationXliff(ctx, 'ar', filled, { apply: false })).toMatchObject({
			changes: [],
			fileError: { message: 'tr.errorXliffTrgLang', values: { expected: 'ar', found: 'tr' } }
		});
		const text = new TextDecoder().decode(filled);
		const cases: [string, string][] = [
			[text.slice(0, text.length - 40), 'tr.errorXliffMalformed'],
			[`${text}<xliff/>`, 'tr.errorXliffMalformed'],
			[text.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY a "aaaa">]><xliff '), 'tr.errorXliffDoctype'],
			['<html><body>kein Paket</body></html>', 'tr.errorXliffVersion'],
			['<?xml version="1.0"?><xliff version="1.2"><file/></xliff>', 'tr.errorXliffVersion'],
			[text.replace('srcLang="de"', 'srcLang="en"'), 'tr.errorXliffSrcLang'],
			[text.replace(/<segment>/, '<segment><source>a</source></segment><segment>'), 'tr.errorXliffSegments'],
			[text.replace(/<unit id="[^"]+"/g, '<unit id="doppelt"'), 'tr.errorXliffUnitIds']
		];
		for (const [body, message] of cases) {
			const r = await importTranslationXliff(ctx, 'tr', bytes(body), { apply: true });
			expect({ message: r.fileError?.message, applied: r.applied }).toEqual({ message, applied: false });
		}
		expect(
			(await importTranslationXliff(ctx, 'tr', new Uint8Array([0x3c, 0xff, 0xfe, 0x00]), { apply: false })).fileError
		).toEqual({ message: 'tr.errorXliffEncoding' });
		// A regional tag of the same language is that language.
		const regional = fill(xml, { [`offer:${offer.id}:summary`]: 'Oyun ve şarkı.' }, (doc) =>
			doc.documentElement.setAttribute('trgLang', 'tr-TR')
		);
		expect((await importTranslationXliff(ctx, 'tr', regional, { apply: false })).changes).toHaveLength(1);
	});

	it('tags Leichte Sprache de-x-leicht, tells XML from spreadsheets, and lets coordinators only', async () => {
		const { db, network, ctx } = await setUp();
		expect(xliffLanguageTag('leicht')).toBe('de-x-leicht');
		expect(xliffLanguageTag('fa')).toBe('fa');
		const xml = await exportTranslationXliff(ctx, 'leicht');
		assertXliff20(xml, 'de-x-leicht');
		expect(looksLikeXliff(bytes(xml))).toBe(true);
		expect(looksLikeXliff(bytes('\uFEFF  <xliff/>'))).toBe(true);
		expect(looksLikeXliff(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		await expect(exportTranslationXliff(tenantContext(db, network, member), 'tr')).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			importTranslationXliff(tenantContext(db, network, member), 'tr', bytes(xml), { apply: true })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('carries event texts as units with a note and the event form’s limit, and writes them back', async () => {
		const { ctx } = await setUp();
		const id = await makeEvent(ctx, { title: 'Babymassage-Kurs', summary: 'Sanfte Berührung für Babys.' });
		const xml = await exportTranslationXliff(ctx, 'tr');
		const doc = assertXliff20(xml, 'tr');
		expect(unitIds(xml).filter((u) => u.startsWith('event:'))).toEqual([`event:${id}:title`, `event:${id}:summary`]);
		const summary = doc.querySelector(`unit[id="event:${id}:summary"]`)!;
		expect(summary.getElementsByTagNameNS(XLIFF, 'note')[0]!.textContent).toBe(
			'Veranstaltung „Babymassage-Kurs“ im Portal – Kurzbeschreibung. Höchstens 400 Zeichen.'
		);
		expect(summary.getAttribute('slr:sizeRestriction')).toBe('400');
		const filled = fill(xml, { [`event:${id}:title`]: 'Bebek masajı kursu' });
		expect(await importTranslationXliff(ctx, 'tr', filled, { apply: true })).toMatchObject({
			applied: true,
			errors: [],
			changes: [{ id: `event:${id}`, field: 'title', before: '', after: 'Bebek masajı kursu' }]
		});
		expect((await getPublicEvent({ ...ctx, actor: null }, id)).translations).toEqual({
			tr: { title: 'Bebek masajı kursu' }
		});
	});
});
