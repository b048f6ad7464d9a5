import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

async function xlsx(rows: (string | number | Date | { formula: string; result: string })[][]): Promise<string> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Angebote');
	for (const r of rows) ws.addRow(r);
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-import-')), 'angebote.xlsx');
	await wb.xlsx.writeFile(file);
	return file;
}

describe('import, export and the open-data API', () => {
	const h = e2eHarness();

	it('imports an XLSX file after a dry run that lists every error, and re-imports an export without duplicates', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Import und Export' })
			.click();
		await page.waitForURL(/\/intern\/import$/);
		await s.checkA11y();

		const header = [
			'Externe ID',
			'Titel',
			'Kurzbeschreibung',
			'Lebensphasen',
			'Angebotsart',
			'Gültig ab',
			'Ort 1 Straße',
			'Ort 1 PLZ',
			'Bemerkung intern'
		];
		const bad = await xlsx([
			header,
			[
				'WHV-1',
				{ formula: '"Papa"&"-Treff"', result: 'Papa-Treff' },
				'Treffen für Väter mit Babys.',
				'Baby (0–1 Jahr)',
				'gruppe',
				new Date(Date.UTC(2026, 0, 15)),
				'Marktstraße 1',
				'26382',
				'x'
			],
			[],
			['WHV-2', '', 'Ohne Titel.', 'Teenager', 'gruppe', '', '', '2638x', ''],
			['WHV-1', 'Doppelt', 'Doppelte ID.', '0-1', 'kurs', '', '', '', '']
		]);
		await page.getByLabel('Angebote', { exact: true }).check();
		await page.getByLabel('Datei', { exact: false }).setInputFiles(bad);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByRole('heading', { name: /Fehler – es wurde nichts importiert/ }).waitFor();
		await s.checkA11y();
		const errors = await page.locator('table.errors tbody tr').allTextContents();
		expect(errors.some((r) => r.startsWith('4') && r.includes('Titel'))).toBe(true);
		expect(errors.some((r) => r.startsWith('4') && r.includes('Lebensphasen') && r.includes('Teenager'))).toBe(true);
		expect(errors.some((r) => r.startsWith('4') && r.includes('Ort 1 PLZ'))).toBe(true);
		expect(errors.some((r) => r.startsWith('5') && r.includes('schon in Zeile 2'))).toBe(true);
		expect(await page.getByRole('button', { name: 'Jetzt importieren' }).count()).toBe(0);
		// The unknown column is ignored by default; the mapping can be changed.
		expect(await page.getByLabel('Bemerkung intern').inputValue()).toBe('');

		const good = await xlsx([
			header,
			[
				'WHV-1',
				{ formula: '"Papa"&"-Treff"', result: 'Papa-Treff' },
				'Treffen für Väter mit Babys.',
				'Baby (0–1 Jahr)',
				'gruppe',
				new Date(Date.UTC(2026, 0, 15)),
				'Marktstraße 1',
				'26382',
				'x'
			]
		]);
		await page.getByLabel('Datei', { exact: false }).setInputFiles(good);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByText('Keine Fehler gefunden.').waitFor();
		// The file has no status column: the dry run asks, and a draft is the default.
		const choice = page.getByRole('group', { name: /1 neues Angebot hat keinen Status/ });
		expect(await choice.getByLabel(/als Entwurf/).isChecked()).toBe(true);
		await s.checkA11y();
		await choice.getByLabel(/veröffentlicht/).check();
		await page.getByRole('button', { name: 'Jetzt importieren' }).click();
		await page.getByRole('heading', { name: 'Import abgeschlossen: 1 neu, 0 aktualisiert, 0 unverändert.' }).waitFor();
		await s.checkA11y();

		await s.visit(`${h.server.url}/wilhelmshaven/angebote?q=Papa-Treff`);
		expect(
			await page
				.getByRole('region', { name: /Angebote? gefunden/ })
				.getByRole('heading', { level: 3 })
				.first()
				.textContent()
		).toBe('Papa-Treff');

		// Export → import: nothing new, nothing to update; unchanged rows are counted apart.
		await s.visit(`${h.server.url}/intern/import`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /Export XLSX.*Angebote/ }).click()
		]);
		const exported = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-export-')), download.suggestedFilename());
		await download.saveAs(exported);
		await page.getByLabel('Angebote', { exact: true }).check();
		await page.getByLabel('Datei', { exact: false }).setInputFiles(exported);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByText('Keine Fehler gefunden.').waitFor();
		const summary = await page.locator('.result').textContent();
		expect(summary).toMatch(/: 0 neu, 0 aktualisiert, [1-9]\d* unverändert\./);
		expect(await page.getByRole('group', { name: /keinen Status/ }).count()).toBe(0);

		// A file that is no spreadsheet is refused with a message next to the field.
		const png = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-bin-')), 'bild.png');
		fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
		await page.getByLabel('Datei', { exact: false }).setInputFiles(png);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('keine CSV- oder Excel-Datei');
		await s.checkA11y();
		s.assertAllChecked();
		await s.close();
	});

	it('imports new offers without a status as drafts when the coordinator keeps the default', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await s.visit(`${h.server.url}/intern/import`);
		const draft = await xlsx([
			['Externe ID', 'Titel', 'Kurzbeschreibung', 'Lebensphasen', 'Angebotsart'],
			['WHV-3', 'Mama-Treff', 'Treffen für Mütter mit Babys.', '0-1', 'gruppe']
		]);
		await page.getByLabel('Angebote', { exact: true }).check();
		await page.getByLabel('Datei', { exact: false }).setInputFiles(draft);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByText('Keine Fehler gefunden.').waitFor();
		await page.getByRole('button', { name: 'Jetzt importieren' }).click();
		await page.getByRole('heading', { name: 'Import abgeschlossen: 1 neu, 0 aktualisiert, 0 unverändert.' }).waitFor();
		await s.visit(`${h.server.url}/wilhelmshaven/angebote?q=Mama-Treff`);
		expect(await page.getByRole('main').getByRole('heading', { level: 3, name: 'Mama-Treff' }).count()).toBe(0);
		await s.visit(`${h.server.url}/intern/angebote?q=Mama-Treff`);
		expect(await page.getByRole('row', { name: /Mama-Treff/ }).textContent()).toContain('Entwurf');
		s.assertAllChecked();
		await s.close();
	});

	it('refuses a 50 MB upload before reading it, with a message on the import page', async () => {
		const body = new Uint8Array(50 * 1024 * 1024);
		const res = await fetch(`${h.server.url}/intern/import?/upload`, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/octet-stream', origin: h.server.url },
			redirect: 'manual'
		});
		expect(res.status).toBe(303);
		expect(res.headers.get('location')).toBe('/intern/import?zu-gross=1');
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await s.visit(`${h.server.url}/intern/import?zu-gross=1`);
		expect(await s.page.getByRole('alert').textContent()).toContain('Die Datei ist zu groß (höchstens 20 MB)');
		const other = await fetch(`${h.server.url}/intern/einstellungen?/save`, {
			method: 'POST',
			body: new Uint8Array(3 * 1024 * 1024),
			headers: { origin: h.server.url }
		});
		expect(other.status).toBe(413);
		s.assertAllChecked();
		await s.close();
	});

	it('serves the HSDA API without login, with CORS and an OpenAPI description', async () => {
		const res = await fetch(`${h.server.url}/api/v1/herten/services?per_page=5&page=2`, {
			headers: { origin: 'https://example.org' }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		const page = (await res.json()) as {
			total_items: number;
			total_pages: number;
			page_number: number;
			size: number;
			first_page: boolean;
			contents: { id: string; name: string }[];
		};
		expect(page).toMatchObject({ page_number: 2, size: 5, first_page: false });
		expect(page.total_items).toBeGreaterThan(40);
		const one = (await (
			await fetch(`${h.server.url}/api/v1/herten/services/${page.contents[0]!.id}`)
		).json()) as Record<string, unknown>;
		expect(one).toMatchObject({ id: page.contents[0]!.id, status: 'active' });
		expect(Array.isArray(one.service_at_locations)).toBe(true);
		const search = (await (await fetch(`${h.server.url}/api/v1/herten/services?q=hebame`)).json()) as {
			contents: { name: string }[];
		};
		expect(search.contents.some((s) => s.name.includes('Hebamme'))).toBe(true);
		const preflight = await fetch(`${h.server.url}/api/v1/herten/services`, {
			method: 'OPTIONS',
			headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' }
		});
		expect(preflight.status).toBe(204);
		expect((await fetch(`${h.server.url}/api/v1/gibt-es-nicht/services`)).status).toBe(404);
		expect((await fetch(`${h.server.url}/api/v1/herten/services?per_page=1000`)).status).toBe(400);
		const openapi = (await (await fetch(`${h.server.url}/api/v1/openapi.json`)).json()) as {
			openapi: string;
			paths: Record<string, unknown>;
		};
		expect(openapi.openapi).toBe('3.1.0');
		expect(Object.keys(openapi.paths)).toEqual(
			expect.arrayContaining([
				'/{network}/services',
				'/{network}/services/{id}',
				'/{network}/organizations',
				'/{network}/taxonomies'
			])
		);
	});
});
