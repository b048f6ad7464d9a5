import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers, organisations } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { importSetup } from '$tests/offer-fixtures';
import { exportOffers, exportOrganisations } from './export-offers';
import { runImport, stageImport } from './run-import';
import { writeXlsx } from './write-xlsx';
import { networks } from '$lib/server/db/schema';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import { directoryRows } from '$lib/server/domains/organisations/directory-rows';
import { makeUser, tenantContext } from '$tests/fixtures';

describe.each(TEST_DATABASE_KINDS)('import and export (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => importSetup(database.db);

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
