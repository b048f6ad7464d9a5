import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, offerLocations, offers, organisations } from '$lib/server/db/schema';
import { ensureOfferDefaults } from '$lib/server/domains/taxonomy/default-taxonomy';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { offerColumns } from './offer-columns';
import { exportOffers, exportOrganisations } from './export-offers';
import { runImport, stageImport } from './run-import';
import { neutralise, parseCsv, readSheet, unneutralise, writeXlsx } from './spreadsheet';
import { networks } from '$lib/server/db/schema';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import { directoryRows } from '$lib/server/domains/organisations/directory-rows';

const HEADERS = offerColumns(3).map((c) => c.header);
const csvOf = (rows: Record<string, string>[]) =>
	[
		HEADERS.join(';'),
		...rows.map((r) =>
			HEADERS.map((h) => (/[;"\n]/.test(r[h] ?? '') ? `"${r[h]!.replace(/"/g, '""')}"` : (r[h] ?? ''))).join(';')
		)
	].join('\r\n');

describe('spreadsheet reading', () => {
	it('reads quoted CSV fields with delimiters, quotes and line breaks', () => {
		expect(parseCsv('a;"b;c";"d ""e"""\r\n"x\ny";z;\n', ';')).toEqual([
			['a', 'b;c', 'd "e"'],
			['x\ny', 'z', '']
		]);
	});
	it('detects Windows-1252 and the comma delimiter', async () => {
		const bytes = Uint8Array.from([
			...Buffer.from('Name,Stra'),
			0xdf,
			...Buffer.from('e\r\n'),
			0x84,
			...Buffer.from('M'),
			0xfc,
			...Buffer.from('ller'),
			0x93,
			...Buffer.from(',Weg 1 '),
			0x96,
			...Buffer.from(' 5 '),
			0x80,
			...Buffer.from('\r\n')
		]);
		const sheet = await readSheet(bytes);
		expect(sheet).toMatchObject({
			format: 'csv',
			encoding: 'windows-1252',
			delimiter: ',',
			headers: ['Name', 'Straße'],
			rows: [{ row: 2, cells: ['„Müller“', 'Weg 1 – 5 €'] }]
		});
	});
	it('refuses binary files and empty files', async () => {
		expect(await readSheet(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toEqual({
			error: 'error.importNotSpreadsheet'
		});
		expect(await readSheet(new Uint8Array())).toEqual({ error: 'error.importEmpty' });
		expect(await readSheet(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
			error: 'error.importUnreadable'
		});
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
		expect(sheet).toMatchObject({
			format: 'xlsx',
			rows: [
				{ row: 2, cells: ['a-1', 'Babytreff', '2026-03-01', 'x'] },
				{ row: 4, cells: ['a-2', 'Zweites', '', ''] }
			]
		});
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
		const bad = csvOf([
			good,
			{
				...good,
				'Externe ID': 'A-2',
				Titel: '',
				Lebensphasen: 'Baby',
				'Ort 1 PLZ': '1234x',
				'Ort 1 Stadtteil': 'Mondviertel'
			},
			{ ...good, 'Externe ID': 'A-1' }
		]);
		const staged = await stageImport(ctx, { kind: 'offers', filename: 'angebote.csv', bytes: Buffer.from(bad) });
		const errors = staged.report.errors.map((e) => `${e.row}|${e.column}`);
		expect(errors.sort()).toEqual(['3|Lebensphasen', '3|Ort 1 PLZ', '3|Ort 1 Stadtteil', '3|Titel', '4|Externe ID']);
		const tried = await runImport(ctx, staged.uploadId, staged.mapping);
		expect(tried.report.committed).toBe(false);
		expect(await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)))).toHaveLength(
			0
		);

		const second = {
			...good,
			'Externe ID': 'A-2',
			Titel: 'Elterncafé',
			'Ort 2 Straße': '',
			'Ort 2 PLZ': '',
			'Ort 2 Stadtteil': ''
		};
		const clean = await stageImport(ctx, {
			kind: 'offers',
			filename: 'angebote.csv',
			bytes: Buffer.from(csvOf([good, second]))
		});
		expect(clean.report).toMatchObject({
			errors: [],
			created: 2,
			updated: 0,
			newOrganisations: ['Familienzentrum Beispiel']
		});
		expect((await runImport(ctx, clean.uploadId, clean.mapping)).report.committed).toBe(true);
		const rows = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)));
		expect(rows.map((r) => r.title).sort()).toEqual(['Babytreff', 'Elterncafé']);
		const baby = rows.find((r) => r.title === 'Babytreff')!;
		// The file gives no status: new offers are drafts unless the coordinator chooses otherwise.
		expect(clean.report).toMatchObject({ withoutStatus: 2, newStatus: 'draft' });
		expect(baby).toMatchObject({
			status: 'draft',
			externalId: 'A-1',
			lifeStages: ['0-1', '1-3'],
			topics: ['freizeit-begegnung'],
			offerType: 'gruppe',
			validFrom: '2026-03-01',
			description: '- Spielen\n- Singen',
			contactPhone: '+49 30 23125 100'
		});
		expect(baby.translations).toEqual({ en: { title: 'Baby meet-up' } });
		expect(
			await withSystem(db, (tx) => tx.select().from(offerLocations).where(eq(offerLocations.offerId, baby.id)))
		).toHaveLength(2);

		const again = await stageImport(ctx, {
			kind: 'offers',
			filename: 'angebote.csv',
			bytes: Buffer.from(csvOf([{ ...good, Titel: 'Babytreff neu' }, second]))
		});
		expect(again.report).toMatchObject({ created: 0, updated: 1, unchanged: 1, newOrganisations: [] });
		await runImport(ctx, again.uploadId, again.mapping);
		const after = await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)));
		expect(after).toHaveLength(2);
		expect(after.find((r) => r.id === baby.id)!.title).toBe('Babytreff neu');
		expect(
			await withSystem(db, (tx) => tx.select().from(organisations).where(eq(organisations.networkId, network.id)))
		).toHaveLength(1);
	});

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

	it('imports a list made elsewhere (Windows-1252, no ID column) and recognises its rows on the next import', async () => {
		const { db, network, ctx } = await setup();
		const text =
			'Titel;Kurzbeschreibung;Lebensphasen;Angebotsart;Anbieter;Ort 1 Straße;Ort 1 PLZ\r\nMütterfrühstück;Frühstück für Mütter mit Babys.;Baby (0–1 Jahr);Gruppe;Stadtteilbüro Süd;Südweg 4;12345\r\n';
		const bytes = Uint8Array.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
		const first = await stageImport(ctx, { kind: 'offers', filename: 'liste.csv', bytes });
		expect(first).toMatchObject({ encoding: 'windows-1252', report: { errors: [], created: 1, derivedKeys: true } });
		await runImport(ctx, first.uploadId, first.mapping);
		const again = await stageImport(ctx, { kind: 'offers', filename: 'liste.csv', bytes });
		expect(again.report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 1 });
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
		const csv =
			'Externe ID;Name;PLZ;Stadtteile;E-Mail\r\nO-1;Kita Regenbogen;1234;Altstadt, Nordviertel;kita@example.org\r\nO-2;kita regenbogen;12345;;\r\nO-3;Hebammenpraxis;12345;Mond;keine-mail\r\n';
		const staged = await stageImport(ctx, { kind: 'organisations', filename: 'o.csv', bytes: Buffer.from(csv) });
		expect(staged.report.errors.map((e) => `${e.row}|${e.column}`)).toEqual(['3|Name', '4|Stadtteile', '4|E-Mail']);
		const fixed = await stageImport(ctx, {
			kind: 'organisations',
			filename: 'o.csv',
			bytes: Buffer.from(
				csv
					.split('\r\n')
					.filter((l) => !l.startsWith('O-2') && !l.startsWith('O-3'))
					.join('\r\n')
			)
		});
		expect((await runImport(ctx, fixed.uploadId, fixed.mapping)).report).toMatchObject({ committed: true, created: 1 });
		const exported = await exportOrganisations(ctx, 'csv');
		expect(exported.body.toString('utf-8')).toContain(
			'O-1;Kita Regenbogen;;;01234;;;kita@example.org;;Altstadt, Nordviertel'
		);
		await expect(
			stageImport(ctx, { kind: 'offers', filename: 'big.csv', bytes: new Uint8Array(21 * 1024 * 1024) })
		).rejects.toSatisfy((e) => isAppError(e, 'payload_too_large'));
		await expect(
			stageImport(ctx, { kind: 'offers', filename: 'bild.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1]) })
		).rejects.toSatisfy((e) => isAppError(e, 'validation'));
	});
	it('finds impossible calendar dates in the dry run (row and column), in CSV, XLSX text and next to real Excel dates', async () => {
		const { db, network, ctx } = await setup();
		const csv = csvOf([
			{ ...good, 'Gültig ab': '31.02.2026' },
			{ ...good, 'Externe ID': 'A-2', 'Gültig bis': '2026-02-31' },
			{ ...good, 'Externe ID': 'A-3', 'Zuletzt geprüft': '30.02.2026' },
			{ ...good, 'Externe ID': 'A-4', Schließungen: '2026-04-31: Ferien' },
			{ ...good, 'Externe ID': 'A-5', Einzeltermine: '2026-13-01 10:00-11:00' },
			{ ...good, 'Externe ID': 'A-6', 'Gültig ab': '29.02.2028', 'Gültig bis': '2028-12-31' }
		]);
		const staged = await stageImport(ctx, { kind: 'offers', filename: 'a.csv', bytes: Buffer.from(csv) });
		expect(staged.report.errors.map((e) => `${e.row}|${e.column}|${e.message}`)).toEqual([
			'2|Gültig ab|Diesen Tag gibt es im Kalender nicht. Bitte prüfen Sie Tag und Monat.',
			'3|Gültig bis|Diesen Tag gibt es im Kalender nicht. Bitte prüfen Sie Tag und Monat.',
			'4|Zuletzt geprüft|Diesen Tag gibt es im Kalender nicht. Bitte prüfen Sie Tag und Monat.',
			'5|Schließungen|' + staged.report.errors[3]!.message,
			'6|Einzeltermine|' + staged.report.errors[4]!.message
		]);

		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Angebote');
		ws.addRow(['Externe ID', 'Titel', 'Kurzbeschreibung', 'Lebensphasen', 'Angebotsart', 'Gültig ab', 'Gültig bis']);
		ws.addRow(['X-1', 'Babytreff', 'Offener Treff.', '0-1', 'gruppe', new Date(Date.UTC(2026, 1, 28)), '31.02.2026']);
		ws.addRow(['X-2', 'Elterncafé', 'Offenes Café.', '0-1', 'gruppe', new Date(Date.UTC(2028, 1, 29)), '']);
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
		const xlsx = await stageImport(ctx, { kind: 'offers', filename: 'a.xlsx', bytes });
		expect(xlsx.report.errors.map((e) => `${e.row}|${e.column}`)).toEqual(['2|Gültig bis']);
		ws.getCell('G2').value = '';
		const fixed = await stageImport(ctx, {
			kind: 'offers',
			filename: 'a.xlsx',
			bytes: new Uint8Array(await wb.xlsx.writeBuffer())
		});
		expect(fixed.report.errors).toEqual([]);
		expect((await runImport(ctx, fixed.uploadId, fixed.mapping)).report.committed).toBe(true);
		const rows = await withSystem(db, (tx) =>
			tx.select({ validFrom: offers.validFrom }).from(offers).where(eq(offers.networkId, network.id))
		);
		expect(rows.map((r) => r.validFrom).sort()).toEqual(['2026-02-28', '2028-02-29']);
	});

	it('asks what new offers without a status become: drafts by default, published when chosen; a status in the file wins', async () => {
		const { db, network, ctx } = await setup();
		const withoutStatus =
			'Externe ID;Titel;Kurzbeschreibung;Lebensphasen;Angebotsart\r\nS-1;Babytreff;Offener Treff.;0-1;gruppe\r\nS-2;Elterncafé;Offenes Café.;0-1;gruppe\r\n';
		const staged = await stageImport(ctx, { kind: 'offers', filename: 's.csv', bytes: Buffer.from(withoutStatus) });
		expect(staged.report).toMatchObject({ errors: [], created: 2, withoutStatus: 2, newStatus: 'draft' });
		const chosen = await runImport(ctx, staged.uploadId, staged.mapping, { newStatus: 'published' });
		expect(chosen.report).toMatchObject({ committed: true, newStatus: 'published' });
		const statusOf = async () =>
			Object.fromEntries(
				(await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)))).map((r) => [
					r.externalId,
					r.status
				])
			);
		expect(await statusOf()).toEqual({ 'S-1': 'published', 'S-2': 'published' });
		// More rows later, default choice: the new one is a draft, the existing ones keep their status.
		const more = await stageImport(ctx, {
			kind: 'offers',
			filename: 's.csv',
			bytes: Buffer.from(`${withoutStatus}S-3;Krabbelgruppe;Spielen.;1-3;gruppe\r\n`)
		});
		expect(more.report).toMatchObject({ created: 1, unchanged: 2, withoutStatus: 1 });
		await runImport(ctx, more.uploadId, more.mapping);
		expect(await statusOf()).toEqual({ 'S-1': 'published', 'S-2': 'published', 'S-3': 'draft' });
		// A status column (label or code) is taken as it is.
		const given = await stageImport(ctx, {
			kind: 'offers',
			filename: 's.csv',
			bytes: Buffer.from(
				'Externe ID;Titel;Kurzbeschreibung;Lebensphasen;Angebotsart;Status\r\nS-4;Stillcafé;Stillen.;0-1;Gruppe / Treff;Veröffentlicht\r\nS-5;Papa-Treff;Väter.;0-1;gruppe;archived\r\n'
			)
		});
		expect(given.report).toMatchObject({ errors: [], created: 2, withoutStatus: 0 });
		await runImport(ctx, given.uploadId, given.mapping);
		expect(await statusOf()).toMatchObject({ 'S-4': 'published', 'S-5': 'archived' });
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

	it('an organisation row keyed by its id updates that organisation even where older data holds its name twice', async () => {
		const { db, network, ctx } = await setup();
		await withSystem(db, (tx) =>
			tx.insert(organisations).values([
				{ networkId: network.id, name: 'Familienzentrum Mitte (Beispiel)', city: 'Musterstadt' },
				{ networkId: network.id, name: 'Familienzentrum Mitte (Beispiel)', city: 'Nachbarort' },
				{ networkId: network.id, name: 'Hebammenpraxis (Beispiel)' }
			])
		);
		const exported = await exportOrganisations(ctx, 'xlsx');
		const same = await stageImport(ctx, { kind: 'organisations', filename: exported.filename, bytes: exported.body });
		expect(same.report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 3 });
		// Changing one of the two: updated by its id; taking the other organisation's name is still refused.
		const csv = (await exportOrganisations(ctx, 'csv')).body.toString('utf-8').replace(';Nachbarort;', ';Anderer Ort;');
		const changed = await stageImport(ctx, { kind: 'organisations', filename: 'o.csv', bytes: Buffer.from(csv) });
		expect(changed.report).toMatchObject({ errors: [], updated: 1, unchanged: 2 });
		expect((await runImport(ctx, changed.uploadId, changed.mapping)).report.committed).toBe(true);
		const renamed = csv.replace('Hebammenpraxis (Beispiel)', 'Familienzentrum Mitte (Beispiel)');
		const clash = await stageImport(ctx, { kind: 'organisations', filename: 'o.csv', bytes: Buffer.from(renamed) });
		expect(clash.report.errors.map((e) => e.column)).toEqual(['Name']);
	});
});

describe.each(TEST_DATABASE_KINDS)('exports of a demo network re-import unchanged (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await seedDemoData(database.db);
	}, 120_000);
	afterAll(() => database?.close());

	async function herten() {
		const [network] = await withSystem(database.db, (tx) =>
			tx.select().from(networks).where(eq(networks.slug, 'herten'))
		);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network!.id }] });
		return tenantContext(database.db, network!, coordinator);
	}

	it("Herten's organisations and offers: export → import unchanged gives 0 errors, 0 new, every row unchanged", async () => {
		const ctx = await herten();
		const count = async (table: typeof organisations | typeof offers) =>
			(await withSystem(database.db, (tx) => tx.select().from(table).where(eq(table.networkId, ctx.network.id))))
				.length;
		const organisationCount = await count(organisations);
		const offerCount = await count(offers);
		for (const format of ['csv', 'xlsx'] as const) {
			const orgFile = await exportOrganisations(ctx, format);
			const orgCheck = await stageImport(ctx, {
				kind: 'organisations',
				filename: orgFile.filename,
				bytes: orgFile.body
			});
			expect(orgCheck.report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: organisationCount });
			const run = await runImport(ctx, orgCheck.uploadId, orgCheck.mapping);
			expect(run.report).toMatchObject({ committed: true, created: 0, updated: 0 });
			const offerFile = await exportOffers(ctx, format);
			const offerCheck = await stageImport(ctx, {
				kind: 'offers',
				filename: offerFile.filename,
				bytes: offerFile.body
			});
			expect(offerCheck.report).toMatchObject({
				errors: [],
				created: 0,
				updated: 0,
				unchanged: offerCount,
				newOrganisations: []
			});
		}
		expect(await count(organisations)).toBe(organisationCount);
	});

	it('the member directory XLSX has readable labels, a filter row and a frozen header', async () => {
		const ctx = await herten();
		const { headers, rows } = await directoryRows(ctx);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await writeXlsx('Verzeichnis', headers, rows)) as unknown as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(ws.autoFilter).toBeTruthy();
		const column = (header: string) =>
			ws
				.getColumn(headers.indexOf(header) + 1)
				.values.slice(2)
				.map(String);
		const visibility = new Set(column('Sichtbarkeit').filter((v) => v !== ''));
		expect(visibility).toEqual(
			new Set([
				'öffentlich (Netzwerkseite)',
				'alle im Netzwerk (Mitgliederverzeichnis)',
				'nur die Netzwerkkoordination'
			])
		);
		expect(column('Mitgliedschaft')).toContain('Mitglied');
		expect(column('Mitgliedschaft').some((v) => ['mitglied', 'public', 'network', 'coordination'].includes(v))).toBe(
			false
		);
	});
});
