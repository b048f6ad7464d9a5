import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, offerLocations, offers, organisations } from '$lib/server/db/schema';
import { ensureOfferDefaults } from '$lib/server/domains/offers/taxonomy';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { offerColumns } from './offer-columns';
import { exportOffers, exportOrganisations } from './export-offers';
import { runImport, stageImport } from './run-import';
import { neutralise, parseCsv, readSheet, unneutralise } from './spreadsheet';

const HEADERS = offerColumns(3).map((c) => c.header);
const csvOf = (rows: Record<string, string>[]) =>
	[HEADERS.join(';'), ...rows.map((r) => HEADERS.map((h) => (/[;"\n]/.test(r[h] ?? '') ? `"${r[h]!.replace(/"/g, '""')}"` : (r[h] ?? ''))).join(';'))].join('\r\n');

describe('spreadsheet reading', () => {
	it('reads quoted CSV fields with delimiters, quotes and line breaks', () => {
		expect(parseCsv('a;"b;c";"d ""e"""\r\n"x\ny";z;\n', ';')).toEqual([
			['a', 'b;c', 'd "e"'],
			['x\ny', 'z', '']
		]);
	});
	it('detects Windows-1252 and the comma delimiter', async () => {
		const bytes = Uint8Array.from([...Buffer.from('Name,Stra'), 0xdf, ...Buffer.from('e\r\n'), 0x84, ...Buffer.from('M'), 0xfc, ...Buffer.from('ller'), 0x93, ...Buffer.from(',Weg 1 '), 0x96, ...Buffer.from(' 5 '), 0x80, ...Buffer.from('\r\n')]);
		const sheet = await readSheet(bytes);
		expect(sheet).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ',', headers: ['Name', 'Straße'], rows: [{ row: 2, cells: ['„Müller“', 'Weg 1 – 5 €'] }] });
	});
	it('refuses binary files and empty files', async () => {
		expect(await readSheet(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toEqual({ error: 'error.importNotSpreadsheet' });
		expect(await readSheet(new Uint8Array())).toEqual({ error: 'error.importEmpty' });
		expect(await readSheet(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ error: 'error.importUnreadable' });
	});
	it('reads XLSX formulas as their result, Excel dates as days, skips empty rows and ignores merged copies', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Daten');
		ws.addRow(['Externe ID', 'Titel', 'Gültig ab', 'Kosten']);
		ws.addRow(['a-1', { formula: '"Baby"&"treff"', result: 'Babytreff' }, new Date(Date.UTC(2026, 2, 1)), 'x']);
		ws.addRow([]);
		ws.addRow(['a-2', 'Zweites', null, 'y']);
		ws.mergeCells('C4:D4');
		const sheet = await readSheet(new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(sheet).toMatchObject({ format: 'xlsx', rows: [{ row: 2, cells: ['a-1', 'Babytreff', '2026-03-01', 'x'] }, { row: 4, cells: ['a-2', 'Zweites', '', ''] }] });
	});
	it('neutralises formula-looking text and gives it back on import', () => {
		for (const v of ['=1+1', '+49 30 1', '-Liste', '@SUMME(A1)', 'normal']) expect(unneutralise(neutralise(v))).toBe(v);
		expect(neutralise('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
	});
});

describe.each(TEST_DATABASE_KINDS)('import and export (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	async function setup() {
		const db = database.db;
		const network = await makeNetwork(db);
		await withSystem(db, async (tx) => {
			await ensureOfferDefaults(tx, network.id);
			await tx.insert(districts).values([
				{ networkId: network.id, name: 'Altstadt', postcodes: ['12345'] },
				{ networkId: network.id, name: 'Nordviertel', postcodes: ['12347'] }
			]);
		});
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		return { db, network, ctx: tenantContext(db, network, coordinator) };
	}

	const good = {
		'Externe ID': 'A-1',
		Titel: 'Babytreff',
		Kurzbeschreibung: 'Offener Treff für Eltern mit Babys.',
		Beschreibung: '- Spielen\n- Singen',
		Anbieter: 'Familienzentrum Beispiel',
		Lebensphasen: '0-1, 1-3',
		Themen: 'Freizeit & Begegnung',
		Angebotsart: 'Gruppe',
		Kostenlos: 'ja',
		Montag: '09:00-11:00',
		Telefon: '+49 30 23125 100',
		'E-Mail': 'treff@example.org',
		'Gültig ab': '01.03.2026',
		'Ort 1 Straße': 'Am Markt 1',
		'Ort 1 PLZ': '12345',
		'Ort 1 Stadtteil': 'Altstadt',
		'Ort 2 Straße': 'Parkweg 2',
		'Ort 2 PLZ': '12347',
		'Ort 2 Stadtteil': 'nordviertel',
		'Titel (en)': 'Baby meet-up'
	};

	it('a dry run lists every row error and writes nothing; a clean file imports all rows; importing it again updates', async () => {
		const { db, network, ctx } = await setup();
		const bad = csvOf([good, { ...good, 'Externe ID': 'A-2', Titel: '', Lebensphasen: 'Baby', 'Ort 1 PLZ': '1234x', 'Ort 1 Stadtteil': 'Mondviertel' }, { ...good, 'Externe ID': 'A-1' }]);
		const staged = await stageImport(ctx, { kind: 'offers', filename: 'angebote.csv', bytes: Buffer.from(bad) });
		const errors = staged.report.errors.map((e) => `${e.row}|${e.column}`);
		expect(errors.sort()).toEqual(['3|Lebensphasen', '3|Ort 1 PLZ', '3|Ort 1 Stadtteil', '3|Titel', '4|Externe ID']);
		const tried = await runImport(ctx, staged.uploadId, staged.mapping);
		expect(tried.report.committed).toBe(false);
		expect(await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)))).toHaveLength(0);

		const second = { ...good, 'Externe ID': 'A-2', Titel: 'Elterncafé', 'Ort 2 Straße': '', 'Ort 2 PLZ': '', 'Ort 2 Stadtteil': '' };
		const clean = await stageImport(ctx, { kind: 'offers', filename: 'angebote.csv', bytes: Buffer.from(csvOf([good, second])) });
		expect(clean.report).toMatchObject({ errors: [], created: 2, updated: 0, newOrganisations: ['Familienzentrum Beispiel'] });
		expect((await runImport(ctx, clean.uploadId, clean.mapping)).report.committed).toBe(true);
		const rows = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)));
		expect(rows.map((r) => r.title).sort()).toEqual(['Babytreff', 'Elterncafé']);
		const baby = rows.find((r) => r.title === 'Babytreff')!;
		expect(baby).toMatchObject({ externalId: 'A-1', lifeStages: ['0-1', '1-3'], topics: ['freizeit-begegnung'], offerType: 'gruppe', validFrom: '2026-03-01', description: '- Spielen\n- Singen', contactPhone: '+49 30 23125 100' });
		expect(baby.translations).toEqual({ en: { title: 'Baby meet-up' } });
		expect(await withSystem(db, (tx) => tx.select().from(offerLocations).where(eq(offerLocations.offerId, baby.id)))).toHaveLength(2);

		const again = await stageImport(ctx, { kind: 'offers', filename: 'angebote.csv', bytes: Buffer.from(csvOf([{ ...good, Titel: 'Babytreff neu' }, second])) });
		expect(again.report).toMatchObject({ created: 0, updated: 2, newOrganisations: [] });
		await runImport(ctx, again.uploadId, again.mapping);
		const after = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)));
		expect(after).toHaveLength(2);
		expect(after.find((r) => r.id === baby.id)!.title).toBe('Babytreff neu');
		expect(await withSystem(db, (tx) => tx.select().from(organisations).where(eq(organisations.networkId, network.id)))).toHaveLength(1);
	});

	it('export → import → export gives identical files (CSV and XLSX), with formula text neutralised', async () => {
		const { db, network, ctx } = await setup();
		const staged = await stageImport(ctx, { kind: 'offers', filename: 'a.csv', bytes: Buffer.from(csvOf([good, { ...good, 'Externe ID': 'B-1', Titel: '=HYPERLINK("http://example.org")', Kostenlos: 'nein', Kosten: '5 € pro Termin' }])) });
		expect(staged.report.errors).toEqual([]);
		await runImport(ctx, staged.uploadId, staged.mapping);
		// An offer created in the app (no external id) round-trips by its own id.
		await withSystem(db, (tx) => tx.insert(offers).values({ networkId: network.id, title: 'Ohne ID', summary: 'Aus der App.', offerType: 'beratung', lifeStages: ['kita'], status: 'draft' }));
		for (const format of ['csv', 'xlsx'] as const) {
			const first = await exportOffers(ctx, format);
			if (format === 'csv') expect(first.body.toString('utf-8')).toContain(`'=HYPERLINK`);
			const re = await stageImport(ctx, { kind: 'offers', filename: first.filename, bytes: first.body });
			expect(re.report).toMatchObject({ errors: [], created: 0, updated: 3 });
			await runImport(ctx, re.uploadId, re.mapping);
			const second = await exportOffers(ctx, format);
			const rowsOf = async (b: Buffer) => {
				const s = await readSheet(b);
				if ('error' in s) throw new Error(s.error);
				return [s.headers, ...s.rows.map((r) => r.cells)];
			};
			expect(await rowsOf(second.body)).toEqual(await rowsOf(first.body));
		}
		expect(await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)))).toHaveLength(3);
		const titles = (await withSystem(db, (tx) => tx.select({ title: offers.title }).from(offers).where(eq(offers.networkId, network.id)))).map((r) => r.title);
		expect(titles).toContain('=HYPERLINK("http://example.org")');
	});

	it('imports a list made elsewhere (Windows-1252, no ID column) and recognises its rows on the next import', async () => {
		const { db, network, ctx } = await setup();
		const text = 'Titel;Kurzbeschreibung;Lebensphasen;Angebotsart;Anbieter;Ort 1 Straße;Ort 1 PLZ\r\nMütterfrühstück;Frühstück für Mütter mit Babys.;Baby (0–1 Jahr);Gruppe;Stadtteilbüro Süd;Südweg 4;12345\r\n';
		const bytes = Uint8Array.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
		const first = await stageImport(ctx, { kind: 'offers', filename: 'liste.csv', bytes });
		expect(first).toMatchObject({ encoding: 'windows-1252', report: { errors: [], created: 1, derivedKeys: true } });
		await runImport(ctx, first.uploadId, first.mapping);
		const again = await stageImport(ctx, { kind: 'offers', filename: 'liste.csv', bytes });
		expect(again.report).toMatchObject({ errors: [], created: 0, updated: 1 });
		await runImport(ctx, again.uploadId, again.mapping);
		const rows = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)));
		expect(rows.map((r) => r.title)).toEqual(['Mütterfrühstück']);
		const template = await exportOffers(ctx, 'xlsx', { template: true });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(template.body as unknown as ArrayBuffer);
		expect(wb.worksheets.map((w) => w.name)).toEqual(['Angebote', 'Hinweise']);
		expect(JSON.stringify(wb.getWorksheet('Hinweise')!.getSheetValues())).toContain('schwangerschaft');
	});

	it('imports organisations and refuses duplicate names, too-large and binary files', async () => {
		const { ctx } = await setup();
		const csv = 'Externe ID;Name;PLZ;Stadtteile;E-Mail\r\nO-1;Kita Regenbogen;1234;Altstadt, Nordviertel;kita@example.org\r\nO-2;kita regenbogen;12345;;\r\nO-3;Hebammenpraxis;12345;Mond;keine-mail\r\n';
		const staged = await stageImport(ctx, { kind: 'organisations', filename: 'o.csv', bytes: Buffer.from(csv) });
		expect(staged.report.errors.map((e) => `${e.row}|${e.column}`)).toEqual(['3|Name', '4|Stadtteile', '4|E-Mail']);
		const fixed = await stageImport(ctx, { kind: 'organisations', filename: 'o.csv', bytes: Buffer.from(csv.split('\r\n').filter((l) => !l.startsWith('O-2') && !l.startsWith('O-3')).join('\r\n')) });
		expect((await runImport(ctx, fixed.uploadId, fixed.mapping)).report).toMatchObject({ committed: true, created: 1 });
		const exported = await exportOrganisations(ctx, 'csv');
		expect(exported.body.toString('utf-8')).toContain('O-1;Kita Regenbogen;;;01234;;;kita@example.org;;Altstadt, Nordviertel');
		await expect(stageImport(ctx, { kind: 'offers', filename: 'big.csv', bytes: new Uint8Array(21 * 1024 * 1024) })).rejects.toSatisfy((e) => isAppError(e, 'payload_too_large'));
		await expect(stageImport(ctx, { kind: 'offers', filename: 'bild.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1]) })).rejects.toSatisfy((e) => isAppError(e, 'validation'));
	});
});
