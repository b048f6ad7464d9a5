import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem, withTenant } from '$lib/server/db/scope';
import { auditLog, districts, populationFigures } from '$lib/server/db/schema';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { listPopulationFigures } from './list-population-figures';
import { parsePopulationForm, figureField } from './population-form-schema';
import { savePopulationFigures } from './save-population-figures';
import { savePlanningSettings } from './save-planning-settings';
import { checkPopulationImport, runPopulationImport, stagePopulationImport } from './stage-population-import';
import { populationTemplate } from './population-template';

const NOW = new Date('2026-06-15T10:00:00Z');
const csv = (text: string) => new TextEncoder().encode(text);

describe('population form', () => {
	it('reads empty as unknown, German thousands, and refuses text, negative numbers and future years', () => {
		const id = '6f1c7a52-8f6e-4f43-9b7c-1d2e3f4a5b6c';
		const ok = parsePopulationForm(
			{ year: '2025', stamp: '0:', [figureField(id, 'children0to3')]: '1.234', [figureField(id, 'births')]: '' },
			NOW
		);
		expect(ok).toEqual({
			ok: true,
			data: { year: 2025, stamp: '0:', rows: [{ districtId: id, figures: { children0to3: 1234, births: null } }] }
		});
		const bad = parsePopulationForm(
			{ year: '2031', [figureField(id, 'children0to3')]: 'viele', [figureField(id, 'births')]: '-3' },
			NOW
		);
		expect(bad).toEqual({
			ok: false,
			errors: {
				year: 'planning.error.yearFuture',
				[figureField(id, 'children0to3')]: 'planning.error.notNumber',
				[figureField(id, 'births')]: 'planning.error.negative'
			}
		});
	});
});

describe.each(TEST_DATABASE_KINDS)('population figures on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	async function networkWithDistricts(names = ['Altstadt', 'Nord', 'Süd']) {
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const rows = await withSystem(database.db, (tx) =>
			tx
				.insert(districts)
				.values(names.map((name) => ({ networkId: network.id, name })))
				.returning()
		);
		const ctx: TenantContext = { ...tenantContext(database.db, network, coordinator), now: NOW };
		const id = (name: string) => rows.find((r) => r.name === name)!.id;
		return { network, ctx, id };
	}

	it('saves the table at once, keeps several years, sums known values and refuses a stale form', async () => {
		const { ctx, id } = await networkWithDistricts();
		const first = await listPopulationFigures(ctx);
		expect(first.year).toBe(2026);
		expect(first.rows.map((r) => r.name)).toEqual(['Altstadt', 'Nord', 'Süd']);
		await savePopulationFigures(ctx, {
			year: 2024,
			stamp: (await listPopulationFigures(ctx, 2024)).stamp,
			rows: [
				{ districtId: id('Altstadt'), figures: { children0to3: 300, children0to3Sgb2: 80 } },
				{ districtId: id('Nord'), figures: { children0to3: 200, children0to3Sgb2: null } }
			]
		});
		const y2025 = await listPopulationFigures(ctx, 2025);
		await savePopulationFigures(ctx, {
			year: 2025,
			stamp: y2025.stamp,
			rows: [{ districtId: id('Süd'), figures: { children0to3: 150, births: 48 } }]
		});
		const latest = await listPopulationFigures(ctx);
		expect(latest.years).toEqual([2025, 2024]);
		expect(latest.year).toBe(2025);
		const y2024 = await listPopulationFigures(ctx, 2024);
		expect(y2024.sums.children0to3).toEqual({ sum: 500, unknown: 1 });
		// Nord's SGB II figure is unknown: not counted as 0, but as unknown.
		expect(y2024.sums.children0to3Sgb2).toEqual({ sum: 80, unknown: 2 });
		expect(y2024.rows.find((r) => r.name === 'Nord')!.figures.children0to3Sgb2).toBeNull();
		// A form loaded before the 2024 save is stale now.
		await expect(
			savePopulationFigures(ctx, {
				year: 2024,
				stamp: first.stamp,
				rows: [{ districtId: id('Altstadt'), figures: { children0to3: 1 } }]
			})
		).rejects.toMatchObject({ code: 'conflict' });
		expect((await listPopulationFigures(ctx, 2024)).rows[0]!.figures.children0to3).toBe(300);
		const audit = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.networkId, ctx.network.id), eq(auditLog.entity, 'population_figures')))
		);
		expect(audit.length).toBe(2);
	});

	it('names the free figure (a column of its own) and refuses a stale settings form', async () => {
		const { ctx, id } = await networkWithDistricts();
		expect((await listPopulationFigures(ctx)).keys).not.toContain('extra');
		await savePlanningSettings(ctx, { extraFigureName: 'Kinder mit Fluchterfahrung', version: 0 });
		await expect(savePlanningSettings(ctx, { extraFigureName: 'Alt', version: 0 })).rejects.toMatchObject({
			code: 'conflict'
		});
		const table = await listPopulationFigures(ctx, 2025);
		expect(table.keys).toContain('extra');
		expect(table.settings.extraFigureName).toBe('Kinder mit Fluchterfahrung');
		await savePopulationFigures(ctx, {
			year: 2025,
			stamp: table.stamp,
			rows: [{ districtId: id('Nord'), figures: { extra: 12 } }]
		});
		expect((await listPopulationFigures(ctx, 2025)).sums.extra.sum).toBe(12);
	});

	it('refuses another network’s district and a future year; members may not read', async () => {
		const a = await networkWithDistricts();
		const b = await networkWithDistricts();
		const stamp = (await listPopulationFigures(a.ctx, 2025)).stamp;
		await expect(
			savePopulationFigures(a.ctx, { year: 2025, stamp, rows: [{ districtId: b.id('Nord'), figures: { births: 1 } }] })
		).rejects.toMatchObject({ code: 'validation' });
		await expect(
			savePopulationFigures(a.ctx, { year: 2027, stamp, rows: [{ districtId: a.id('Nord'), figures: { births: 1 } }] })
		).rejects.toMatchObject({ code: 'validation' });
		const member = await makeUser(database.db, { roles: [{ role: 'member', networkId: a.network.id }] });
		await expect(listPopulationFigures({ ...a.ctx, actor: member })).rejects.toMatchObject({ code: 'forbidden' });
		// Row-level security: B sees none of A's rows even without a where clause.
		await savePopulationFigures(a.ctx, {
			year: 2025,
			stamp,
			rows: [{ districtId: a.id('Nord'), figures: { births: 5 } }]
		});
		const raw = await withTenant(database.db, b.network.id, (tx) => tx.select().from(populationFigures));
		expect(raw.some((r) => r.networkId === a.network.id)).toBe(false);
	});

	it('import: every bad row and column in the dry run, nothing written; then a clean import', async () => {
		const { ctx, id } = await networkWithDistricts();
		const bad = csv(
			[
				'Stadtteil;Jahr;Kinder 0–3 Jahre;Kinder 0–3 Jahre in SGB-II-Familien',
				'Altstadt;2025;310;90',
				'Nord;2025;-4;20',
				'Süd;2025;viele;10',
				'Westend;2025;10;1',
				'Nord;2031;10;1',
				'Altstadt;2025;300;80'
			].join('\n')
		);
		const check = await stagePopulationImport(ctx, { filename: 'zahlen.csv', bytes: bad, defaultYear: null });
		expect(check.mapping).toEqual(['district', 'year', 'children0to3', 'children0to3Sgb2']);
		const errors = check.report.errors.map((e) => `${e.row}|${e.column}|${e.message}`);
		expect(errors).toEqual([
			'3|Kinder 0–3 Jahre|Bitte keine negative Zahl eintragen.',
			'4|Kinder 0–3 Jahre|Bitte eine ganze Zahl eintragen (ohne Text), oder das Feld leer lassen.',
			'5|Stadtteil|Den Stadtteil „Westend“ gibt es in Ihrem Netzwerk nicht.',
			'6|Jahr|Für ein Jahr in der Zukunft gibt es noch keine Zahlen.',
			'7|Stadtteil|Diesen Stadtteil gibt es für dieses Jahr schon in Zeile 2.'
		]);
		// All-or-nothing: even the good row is not written.
		const run = await runPopulationImport(ctx, check.uploadId, check.mapping, null);
		expect(run.report.committed).toBe(false);
		expect((await listPopulationFigures(ctx)).years).toEqual([]);

		const good = csv(
			['Stadtteil;Kinder 0–3 Jahre;Kinder 0–3 Jahre in SGB-II-Familien', 'altstadt;310;90', 'Nord;;20'].join('\n')
		);
		const staged = await stagePopulationImport(ctx, { filename: 'zahlen.csv', bytes: good, defaultYear: 2025 });
		expect(staged.report).toMatchObject({ errors: [], created: 2, committed: false });
		const again = await checkPopulationImport(ctx, staged.uploadId, staged.mapping, 2025);
		expect(again.report.created).toBe(2);
		const done = await runPopulationImport(ctx, staged.uploadId, staged.mapping, 2025);
		expect(done.report).toMatchObject({ committed: true, created: 2 });
		const table = await listPopulationFigures(ctx);
		expect(table.year).toBe(2025);
		expect(table.rows.find((r) => r.districtId === id('Altstadt'))!.figures).toMatchObject({
			children0to3: 310,
			children0to3Sgb2: 90
		});
		expect(table.rows.find((r) => r.districtId === id('Nord'))!.figures.children0to3).toBeNull();
		expect(table.sums.children0to3Sgb2.sum).toBe(110);
		// The file is dropped once imported; the general import page does not see it either.
		await expect(runPopulationImport(ctx, staged.uploadId, staged.mapping, 2025)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('import: a file without district column, and a year-less file without a chosen year', async () => {
		const { ctx } = await networkWithDistricts();
		const check = await stagePopulationImport(ctx, {
			filename: 'x.csv',
			bytes: csv('Name;Geburten\nNord;3'),
			defaultYear: null
		});
		expect(check.report.errors.map((e) => e.column)).toEqual(['Stadtteil', 'Jahr']);
	});

	it('template: the districts prefilled with the year and the stored figures', async () => {
		const { ctx, id } = await networkWithDistricts(['Mitte', 'Ost']);
		const stamp = (await listPopulationFigures(ctx, 2025)).stamp;
		await savePopulationFigures(ctx, { year: 2025, stamp, rows: [{ districtId: id('Ost'), figures: { births: 40 } }] });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await populationTemplate(ctx, 2025)) as unknown as ArrayBuffer);
		const sheet = wb.worksheets[0]!;
		expect(sheet.getRow(1).getCell(1).value).toBe('Stadtteil');
		expect(sheet.getRow(2).getCell(1).value).toBe('Mitte');
		expect(sheet.getRow(3).getCell(2).value).toBe(2025);
		expect(sheet.getRow(3).getCell(5).value).toBe(40);
		// The template goes straight back in: nothing new, nothing changed.
		const back = await stagePopulationImport(ctx, {
			filename: 't.xlsx',
			bytes: new Uint8Array(await populationTemplate(ctx, 2025)),
			defaultYear: null
		});
		expect(back.report).toMatchObject({ errors: [], created: 0, updated: 0, unchanged: 1 });
	});
});
