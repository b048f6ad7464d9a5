import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offerLocations, offers, organisations } from '$lib/server/db/schema';
import { goodOfferRow as good, importSetup, offersCsv as csvOf } from '$tests/offer-fixtures';
import { exportOffers } from './export-offers';
import { runImport, stageImport } from './run-import';

describe.each(TEST_DATABASE_KINDS)('import and export (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => importSetup(database.db);

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
});
