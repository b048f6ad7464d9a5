import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers } from '$lib/server/db/schema';
import { goodOfferRow as good, importSetup, offersCsv as csvOf } from '$tests/offer-fixtures';
import { exportOffers } from './export-offers';
import { runImport, stageImport } from './run-import';
import { readSheet } from './read-sheet';

describe.each(TEST_DATABASE_KINDS)('import and export (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => importSetup(database.db);

	it('export → import → export gives identical files (CSV and XLSX), with formula text neutralised', async () => {
		const { db, network, ctx } = await setup();
		const staged = await stageImport(ctx, {
			kind: 'offers',
			filename: 'a.csv',
			bytes: Buffer.from(
				csvOf([
					good,
					{
						...good,
						'Externe ID': 'B-1',
						Titel: '=HYPERLINK("http://example.org")',
						Kostenlos: 'nein',
						Kosten: '5 € pro Termin'
					}
				])
			)
		});
		expect(staged.report.errors).toEqual([]);
		await runImport(ctx, staged.uploadId, staged.mapping);
		// An offer created in the app (no external id) round-trips by its own id.
		await withSystem(db, (tx) =>
			tx.insert(offers).values({
				networkId: network.id,
				title: 'Ohne ID',
				summary: 'Aus der App.',
				offerType: 'beratung',
				lifeStages: ['kita'],
				status: 'draft'
			})
		);
		for (const format of ['csv', 'xlsx'] as const) {
			const first = await exportOffers(ctx, format);
			if (format === 'csv') expect(first.body.toString('utf-8')).toContain(`'=HYPERLINK`);
			const re = await stageImport(ctx, { kind: 'offers', filename: first.filename, bytes: first.body });
			expect(re.report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 3 });
			await runImport(ctx, re.uploadId, re.mapping);
			const second = await exportOffers(ctx, format);
			const rowsOf = async (b: Buffer) => {
				const s = await readSheet(b);
				if ('error' in s) throw new Error(s.error);
				return [s.headers, ...s.rows.map((r) => r.cells)];
			};
			expect(await rowsOf(second.body)).toEqual(await rowsOf(first.body));
		}
		expect(await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)))).toHaveLength(
			3
		);
		const titles = (
			await withSystem(db, (tx) =>
				tx.select({ title: offers.title }).from(offers).where(eq(offers.networkId, network.id))
			)
		).map((r) => r.title);
		expect(titles).toContain('=HYPERLINK("http://example.org")');
	});

	it('writes sortable spreadsheets: typed date and number cells, German date format, filter and frozen header, readable labels', async () => {
		const { ctx } = await setup();
		const staged = await stageImport(ctx, {
			kind: 'offers',
			filename: 'a.csv',
			bytes: Buffer.from(
				csvOf([
					{
						...good,
						'Ort 1 Breitengrad': '51,61',
						'Ort 1 Längengrad': '7,19',
						'Zuletzt geprüft': '15.01.2026',
						Status: 'published',
						Präventionsebene: 'selektiv',
						Barrierefreiheit: 'stufenlos, wc'
					}
				])
			)
		});
		expect(staged.report.errors).toEqual([]);
		await runImport(ctx, staged.uploadId, staged.mapping);
		const exported = await exportOffers(ctx, 'xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(exported.body as unknown as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		const headers = (ws.getRow(1).values as unknown[]).slice(1);
		const cell = (header: string) => ws.getRow(2).getCell(headers.indexOf(header) + 1);
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(ws.autoFilter).toBeTruthy();
		expect(cell('Gültig ab').type).toBe(ExcelJS.ValueType.Date);
		expect(cell('Gültig ab').value).toEqual(new Date(Date.UTC(2026, 2, 1)));
		expect(cell('Gültig ab').numFmt).toBe('DD.MM.YYYY');
		expect(cell('Zuletzt geprüft').value).toEqual(new Date(Date.UTC(2026, 0, 15)));
		expect(cell('Ort 1 Breitengrad').type).toBe(ExcelJS.ValueType.Number);
		expect(cell('Ort 1 Breitengrad').value).toBe(51.61);
		expect(cell('Ort 1 Längengrad').value).toBe(7.19);
		expect(cell('Ort 1 PLZ').value).toBe('12345');
		expect(cell('Lebensphasen').value).toBe('Baby (0–1 Jahr), Kleinkind (1–3 Jahre)');
		expect(cell('Angebotsart').value).toBe('Gruppe / Treff');
		expect(cell('Präventionsebene').value).toBe('Für Familien in belastenden Lebenslagen (selektiv)');
		expect(cell('Barrierefreiheit').value).toBe('stufenloser Zugang, barrierefreies WC');
		expect(cell('Themen').value).toBe('Freizeit & Begegnung');
		expect(cell('Status').value).toBe('Veröffentlicht');
		const csv = (await exportOffers(ctx, 'csv')).body.toString('utf-8');
		expect(csv).toContain(';Baby (0–1 Jahr), Kleinkind (1–3 Jahre);Freizeit & Begegnung;Gruppe / Treff;');
		expect(csv).toContain(';Veröffentlicht;2026-01-15;');
		// The labelled export reads back unchanged.
		for (const format of ['xlsx', 'csv'] as const) {
			const file = await exportOffers(ctx, format);
			const re = await stageImport(ctx, { kind: 'offers', filename: file.filename, bytes: file.body });
			expect(re.report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 1 });
		}
	});
});
