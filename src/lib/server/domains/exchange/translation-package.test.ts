import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog, events, offers } from '$lib/server/db/schema';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { makeEvent } from '$tests/public-event-fixtures';
import { getPublicEvent } from '$lib/server/domains/events/get-public-event';
import { loadTermTranslator } from '$lib/server/domains/taxonomy/term-translations';
import type { GuidanceCardInput } from '$lib/server/domains/guidance/guidance-schema';
import { getGuidanceCard, guidanceForPortal } from '$lib/server/domains/guidance/list-guidance-cards';
import { saveGuidanceCard } from '$lib/server/domains/guidance/save-guidance-card';
import { exportTranslationPackage, importTranslationPackage } from './translation-package';

/** Fills the target text of the rows whose German source is given, as a translation office would. */
async function fill(xlsx: Buffer, targets: Record<string, string>, edit?: (sheet: ExcelJS.Worksheet) => void) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
	const sheet = workbook.worksheets[0]!;
	sheet.eachRow((row, n) => {
		const source = String(row.getCell(3).value ?? '');
		if (n > 1 && targets[source]) row.getCell(4).value = targets[source];
	});
	edit?.(sheet);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(TEST_DATABASE_KINDS)('translation package (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('exports untranslated texts, previews the filled file without writing, reports bad rows, then applies', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const [offer] = await withSystem(db, (tx) =>
			tx
				.insert(offers)
				.values({
					networkId: network.id,
					title: 'Krabbelgruppe',
					summary: 'Spielen und singen.',
					offerType: 'gruppe',
					status: 'published',
					translations: { tr: { title: 'Emekleme grubu' } }
				})
				.returning()
		);
		const xlsx = await exportTranslationPackage(ctx, 'tr');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
		const rows = workbook.worksheets[0]!.getSheetValues()
			.slice(1)
			.map((r) => (r as string[]).slice(1));
		expect(rows[0]).toEqual(['id', 'field', 'German source', 'target text']);
		// The title has a Turkish translation already: only the summary is in the package.
		expect(rows.slice(1).map((r) => r.slice(0, 3))).toContainEqual([
			`offer:${offer!.id}`,
			'summary',
			'Spielen und singen.'
		]);
		expect(rows.some((r) => r[1] === 'title')).toBe(false);

		const filled = await fill(xlsx, { 'Spielen und singen.': 'Oyun ve şarkı.' });
		const preview = await importTranslationPackage(ctx, 'tr', filled, { apply: false });
		expect(preview).toMatchObject({ applied: false, errors: [] });
		expect(preview.changes).toEqual([
			{ id: `offer:${offer!.id}`, field: 'summary', source: 'Spielen und singen.', before: '', after: 'Oyun ve şarkı.' }
		]);
		const untouched = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, offer!.id)));
		expect(untouched[0]!.translations).toEqual({ tr: { title: 'Emekleme grubu' } });

		// A row with an unknown id: reported at its row and column, and apply writes nothing at all.
		const broken = await fill(xlsx, { 'Spielen und singen.': 'Oyun ve şarkı.' }, (sheet) => {
			sheet.addRow(['offer:00000000-0000-0000-0000-000000000000', 'title', 'Gibt es nicht', 'Yok']);
		});
		const refused = await importTranslationPackage(ctx, 'tr', broken, { apply: true });
		expect(refused.applied).toBe(false);
		expect(refused.errors).toEqual([{ row: rows.length + 1, column: 'id', message: 'tr.errorUnknown' }]);
		expect(
			(await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, offer!.id))))[0]!.translations
		).toEqual({
			tr: { title: 'Emekleme grubu' }
		});

		const applied = await importTranslationPackage(ctx, 'tr', filled, { apply: true });
		expect(applied.applied).toBe(true);
		const after = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.id, offer!.id)));
		expect(after[0]!.translations).toEqual({ tr: { title: 'Emekleme grubu', summary: 'Oyun ve şarkı.' } });
	});

	it('takes a translated term as the network’s own and refuses a file without the package columns', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('x');
		sheet.addRow(['id', 'field', 'German source', 'target text']);
		sheet.addRow(['term', 'name', 'Unser Stadtteiltreff', 'Mahalle buluşması']);
		const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
		expect((await importTranslationPackage(ctx, 'tr', bytes, { apply: true })).applied).toBe(true);
		expect((await loadTermTranslator(ctx, 'tr'))('Unser Stadtteiltreff')).toBe('Mahalle buluşması');

		const other = new ExcelJS.Workbook();
		other.addWorksheet('x').addRow(['Titel', 'Text']);
		other.worksheets[0]!.addRow(['a', 'b']);
		const wrong = await importTranslationPackage(ctx, 'tr', new Uint8Array(await other.xlsx.writeBuffer()), {
			apply: false
		});
		expect(wrong).toMatchObject({
			applied: false,
			errors: [],
			fileError: { message: 'tr.errorHeaders', values: { column: 'id' } }
		});
	});

	it('holds the network’s own guidance cards: title and text out, checked and written back, version up', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		// The shipped cards are translated in every language: none of them is in a package.
		const { id } = await saveGuidanceCard(ctx, {
			lifeStage: '0-1',
			title: 'Babytreff im Stadtteil',
			text: 'Jeden Dienstag mit Kaffee und Fragen.',
			query: 'Babytreff',
			position: 5,
			id: '',
			version: 0
		} as GuidanceCardInput);
		const xlsx = await exportTranslationPackage(ctx, 'tr');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
		const rows = workbook.worksheets[0]!.getSheetValues()
			.slice(2)
			.map((r) => (r as string[]).slice(1, 4));
		expect(rows.filter((r) => String(r[0]).startsWith('guidance:'))).toEqual([
			[`guidance:${id}`, 'title', 'Babytreff im Stadtteil'],
			[`guidance:${id}`, 'text', 'Jeden Dienstag mit Kaffee und Fragen.']
		]);

		// Only the text, or a title longer than the card form allows: errors at the row, nothing written.
		const textOnly = await fill(xlsx, { 'Jeden Dienstag mit Kaffee und Fragen.': 'Her salı kahve ve sorularla.' });
		const refused = await importTranslationPackage(ctx, 'tr', textOnly, { apply: true });
		expect(refused).toMatchObject({
			applied: false,
			errors: [{ column: 'target text', message: 'tr.errorGuidanceTitle' }]
		});
		const tooLong = await fill(xlsx, { 'Babytreff im Stadtteil': 'x'.repeat(121) });
		expect((await importTranslationPackage(ctx, 'tr', tooLong, { apply: false })).errors).toEqual([
			{ row: expect.any(Number), column: 'target text', message: 'tr.errorTooLong', values: { max: 120 } }
		]);

		const both = await fill(xlsx, {
			'Babytreff im Stadtteil': 'Mahalle bebek buluşması',
			'Jeden Dienstag mit Kaffee und Fragen.': 'Her salı kahve ve sorularla.'
		});
		const preview = await importTranslationPackage(ctx, 'tr', both, { apply: false });
		expect(preview.changes.map((c) => [c.id, c.field, c.after])).toEqual([
			[`guidance:${id}`, 'title', 'Mahalle bebek buluşması'],
			[`guidance:${id}`, 'text', 'Her salı kahve ve sorularla.']
		]);
		const before = await getGuidanceCard(ctx, id);
		expect(before.translations).toEqual({});
		expect((await importTranslationPackage(ctx, 'tr', both, { apply: true })).applied).toBe(true);
		const after = await getGuidanceCard(ctx, id);
		expect(after.translations).toEqual({
			tr: { title: 'Mahalle bebek buluşması', text: 'Her salı kahve ve sorularla.' }
		});
		// An edit form opened before the import is now stale (it would save the card without the translation).
		expect(after.version).toBe(before.version + 1);
		const portal = (await guidanceForPortal({ ...ctx, actor: null }, 'tr')).find((g) => g.stage === '0-1')!;
		expect(portal.cards.find((c) => c.query === 'Babytreff')).toMatchObject({
			title: 'Mahalle bebek buluşması',
			text: 'Her salı kahve ve sorularla.',
			german: false,
			textGerman: false
		});
		// Translated now: the next Turkish package leaves the card out, the Arabic one still has it.
		const ids = async (locale: 'tr' | 'ar') => {
			const book = new ExcelJS.Workbook();
			await book.xlsx.load((await exportTranslationPackage(ctx, locale)) as unknown as ArrayBuffer);
			return book.worksheets[0]!.getColumn(1).values;
		};
		expect(await ids('tr')).not.toContain(`guidance:${id}`);
		expect(await ids('ar')).toContain(`guidance:${id}`);
	});

	it('holds the texts of the events still to come: out, checked row by row, written back, shown in the portal', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const day = 86_400_000;
		const id = await makeEvent(ctx, {
			title: 'Babymassage-Kurs',
			summary: 'Sanfte Berührung für Babys.',
			description: 'Fünf Termine im Familienzentrum.'
		});
		const draft = await makeEvent(ctx, { title: 'Elterncafé im Herbst', status: 'draft' });
		const past = await makeEvent(ctx, { title: 'Sommerfest', status: 'published' }, [
			{ startsAt: new Date(Date.now() - 10 * day) }
		]);
		const cancelled = await makeEvent(ctx, { title: 'Abgesagter Infoabend', status: 'cancelled' });
		const xlsx = await exportTranslationPackage(ctx, 'tr');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
		const rows = workbook.worksheets[0]!.getSheetValues()
			.slice(2)
			.map((r) => (r as string[]).slice(1, 4));
		expect(rows.filter((r) => String(r[0]).startsWith('event:'))).toEqual([
			[`event:${id}`, 'title', 'Babymassage-Kurs'],
			[`event:${id}`, 'summary', 'Sanfte Berührung für Babys.'],
			[`event:${id}`, 'description', 'Fünf Termine im Familienzentrum.'],
			[`event:${draft}`, 'title', 'Elterncafé im Herbst']
		]);
		expect(rows.some((r) => r[0] === `event:${past}` || r[0] === `event:${cancelled}`)).toBe(false);

		// A title longer than the event form allows, a past event, a German text changed since: errors, nothing written.
		const broken = await fill(xlsx, { 'Babymassage-Kurs': 'x'.repeat(201) }, (sheet) => {
			sheet.addRow([`event:${past}`, 'title', 'Sommerfest', 'Yaz şenliği']);
			sheet.addRow([`event:${id}`, 'description', 'Vier Termine im Familienzentrum.', 'Dört buluşma.']);
		});
		const refused = await importTranslationPackage(ctx, 'tr', broken, { apply: true });
		expect(refused.applied).toBe(false);
		expect(refused.errors.map((e) => [e.column, e.message, e.values])).toEqual([
			['target text', 'tr.errorTooLong', { max: 200 }],
			['id', 'tr.errorUnknown', undefined],
			['German source', 'tr.errorSourceChanged', undefined]
		]);

		const [before] = await withSystem(db, (tx) => tx.select().from(events).where(eq(events.id, id)));
		expect(before!.translations).toEqual({});
		const filled = await fill(xlsx, {
			'Babymassage-Kurs': 'Bebek masajı kursu',
			'Sanfte Berührung für Babys.': 'Bebekler için nazik dokunuş.'
		});
		const applied = await importTranslationPackage(ctx, 'tr', filled, { apply: true });
		expect(applied).toMatchObject({ applied: true, errors: [] });
		expect(applied.changes.map((c) => [c.id, c.field, c.before, c.after])).toEqual([
			[`event:${id}`, 'title', '', 'Bebek masajı kursu'],
			[`event:${id}`, 'summary', '', 'Bebekler için nazik dokunuş.']
		]);
		const [after] = await withSystem(db, (tx) => tx.select().from(events).where(eq(events.id, id)));
		expect(after!.translations).toEqual({
			tr: { title: 'Bebek masajı kursu', summary: 'Bebekler için nazik dokunuş.' }
		});
		// An edit form opened before the import is now stale; the change is in the audit log.
		expect(after!.version).toBe(before!.version + 1);
		const audit = await withSystem(db, (tx) =>
			tx
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.entity, 'event'), eq(auditLog.entityId, id)))
		);
		expect(audit).toMatchObject([{ action: 'update', actorUserId: coordinator.userId, before: { translations: {} } }]);
		const portal = await getPublicEvent({ ...ctx, actor: null }, id);
		expect(portal.translations.tr?.title).toBe('Bebek masajı kursu');
		// Only the description is left for Turkish.
		const again = new ExcelJS.Workbook();
		await again.xlsx.load((await exportTranslationPackage(ctx, 'tr')) as unknown as ArrayBuffer);
		const left = again.worksheets[0]!.getSheetValues()
			.slice(2)
			.map((r) => (r as string[]).slice(1, 3))
			.filter((r) => r[0] === `event:${id}`);
		expect(left).toEqual([[`event:${id}`, 'description']]);
	});
});
