import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, offers, organisations } from '$lib/server/db/schema';
import { hsdsOffer, importSetup, offersCsv } from '$tests/offer-fixtures';
import { exportOffers, exportOrganisations } from './export-offers';
import { exportHsds } from './export-hsds';
import { hsdsToSheet } from './hsds-to-sheet';
import { runImport, stageImport } from './run-import';

/** The Einzugsgebiet column (issue 15) through CSV import, export and HSDS service_areas. */
describe.each(TEST_DATABASE_KINDS)('Einzugsgebiet in import and export (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('reads district names and "ganzes Netzwerkgebiet", refuses an unknown district, and writes them back', async () => {
		const { db, network, ctx } = await importSetup(database.db);
		const rows = [
			hsdsOffer('E-1', 'Familienhebamme', {
				Einzugsgebiet: 'Altstadt, nordviertel',
				'Ort 1 Straße': '',
				'Ort 1 PLZ': ''
			}),
			hsdsOffer('E-2', 'Elterntelefon', { Einzugsgebiet: 'Ganzes Netzwerkgebiet' }),
			hsdsOffer('E-3', 'Babytreff', { Einzugsgebiet: 'Mondviertel' })
		];
		const bad = await stageImport(ctx, { kind: 'offers', filename: 'a.csv', bytes: Buffer.from(offersCsv(rows)) });
		expect(bad.report.errors.map((e) => [e.row, e.column, e.message])).toEqual([
			[4, 'Einzugsgebiet', expect.stringContaining('Mondviertel')]
		]);
		const good = await stageImport(ctx, {
			kind: 'offers',
			filename: 'a.csv',
			bytes: Buffer.from(offersCsv(rows.slice(0, 2)))
		});
		expect(good.report.errors).toEqual([]);
		await runImport(ctx, good.uploadId, good.mapping, { newStatus: 'published' });
		const stored = await withSystem(db, async (tx) => {
			const ids = new Map(
				(await tx.select().from(districts).where(eq(districts.networkId, network.id))).map((d) => [d.id, d.name])
			);
			return (await tx.select().from(offers).where(eq(offers.networkId, network.id))).map((o) => ({
				title: o.title,
				areas: o.serviceDistrictIds.map((id) => ids.get(id)).sort(),
				whole: o.servesWholeNetwork
			}));
		});
		expect(stored.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
			{ title: 'Elterntelefon', areas: [], whole: true },
			{ title: 'Familienhebamme', areas: ['Altstadt', 'Nordviertel'], whole: false }
		]);
		const csv = (await exportOffers(ctx, 'csv')).body.toString('utf-8');
		const header = csv.split('\r\n')[0]!.split(';');
		const column = header.indexOf('Einzugsgebiet');
		const cells = csv
			.split('\r\n')
			.slice(1)
			.filter(Boolean)
			.map((l) => l.split(';'));
		expect(cells.map((c) => [c[1], c[column]]).sort()).toEqual([
			['Elterntelefon', 'ganzes Netzwerkgebiet'],
			['Familienhebamme', 'Altstadt, Nordviertel']
		]);
		// HSDS: service_areas named like the districts, and back into the same column.
		const doc = await exportHsds(ctx, 'https://wegweiser.example.org');
		const areas = Object.fromEntries(
			doc.services.map((s) => [s.name, ((s.service_areas as { name: string }[]) ?? []).map((a) => a.name).sort()])
		);
		expect(areas).toEqual({ Elterntelefon: ['ganzes Netzwerkgebiet'], Familienhebamme: ['Altstadt', 'Nordviertel'] });
		const sheet = hsdsToSheet(doc);
		if ('error' in sheet) throw new Error(sheet.error);
		const at = sheet.headers.indexOf('Einzugsgebiet');
		expect(sheet.rows.map((r) => r.cells[at]).sort()).toEqual(['Altstadt, Nordviertel', 'ganzes Netzwerkgebiet']);
	});

	it('organisations: "ganzes Netzwerkgebiet" among the districts served', async () => {
		const { db, network, ctx } = await importSetup(database.db);
		const csv =
			'Externe ID;Name;Stadtteile\r\nO-1;Hebammenzentrale;ganzes Netzwerkgebiet\r\nO-2;Kita Sonne;Altstadt\r\n';
		const staged = await stageImport(ctx, { kind: 'organisations', filename: 'o.csv', bytes: Buffer.from(csv) });
		expect(staged.report.errors).toEqual([]);
		await runImport(ctx, staged.uploadId, staged.mapping);
		const rows = await withSystem(db, (tx) =>
			tx
				.select({ name: organisations.name, whole: organisations.servesWholeNetwork })
				.from(organisations)
				.where(eq(organisations.networkId, network.id))
		);
		expect(rows.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
			{ name: 'Hebammenzentrale', whole: true },
			{ name: 'Kita Sonne', whole: false }
		]);
		const exported = (await exportOrganisations(ctx, 'csv')).body.toString('utf-8');
		expect(exported).toContain('O-1;Hebammenzentrale;;;;;;;;ganzes Netzwerkgebiet');
	});
});
