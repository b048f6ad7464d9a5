import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0';

describe('translations: own term translations and the translation package', () => {
	const h = e2eHarness();

	it('edits a Turkish topic name and fills a Turkish package that shows on the portal', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Übersetzungen' })
			.click();
		await page.waitForURL(/\/intern\/uebersetzungen$/);
		await s.checkA11y();

		await page.getByRole('link', { name: 'Türkçe' }).click();
		await page.waitForURL(/sprache=tr$/);
		await page.getByRole('heading', { name: 'Themen und Hilfenummern: Türkçe' }).waitFor();
		await s.checkA11y();
		const health = page.getByLabel('Eigene Übersetzung für „Gesundheit“', { exact: true });
		// Too long: the message next to the field and in the summary, the input kept.
		await health.fill('x'.repeat(301));
		await page.getByRole('button', { name: 'Übersetzungen speichern' }).click();
		await page.getByRole('alert').filter({ hasText: 'Übersetzung ist zu lang' }).waitFor();
		expect(await page.getByText('Die Übersetzung ist zu lang (höchstens 300 Zeichen).').count()).toBe(2);
		expect(await health.inputValue()).toBe('x'.repeat(301));
		await s.checkA11y();
		await health.fill('Sağlık');
		await page.getByRole('button', { name: 'Übersetzungen speichern' }).click();
		await page.getByText('1 Übersetzung gespeichert.').waitFor();
		expect(await health.inputValue()).toBe('Sağlık');

		// Someone else saves meanwhile (second tab): the next save is a conflict that keeps the input.
		const other = await page.context().newPage();
		await other.goto(`${h.server.url}/intern/uebersetzungen?sprache=tr`);
		await other.getByLabel('Eigene Übersetzung für „Gesundheit“', { exact: true }).fill('Sağlık hizmetleri');
		await other.getByRole('button', { name: 'Übersetzungen speichern' }).click();
		await other.getByText('1 Übersetzung gespeichert.').waitFor();
		await other.close();
		await health.fill('Sağlık ve bakım');
		await page.getByRole('button', { name: 'Übersetzungen speichern' }).click();
		await page.getByRole('alert').filter({ hasText: 'Inzwischen hat jemand anderes' }).waitFor();
		expect(await health.inputValue()).toBe('Sağlık ve bakım');
		await s.checkA11y();
		await page.getByRole('button', { name: 'Übersetzungen speichern' }).click();
		await page.getByText('1 Übersetzung gespeichert.').waitFor();
		expect(await health.inputValue()).toBe('Sağlık ve bakım');

		const portal = await openSession(h.browser);
		await portal.visit(`${h.server.url}/herten/tr/angebote`);
		await portal.checkA11y();
		expect(await portal.page.getByRole('link', { name: /^Sağlık ve bakım \(\d+\)/ }).count()).toBe(1);

		// The package: download, fill one offer title, upload, preview, apply.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Paket herunterladen (XLSX, Türkçe)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^uebersetzung-herten-tr-\d{4}-\d{2}-\d{2}\.xlsx$/);
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-tr-'));
		const file = path.join(dir, 'paket.xlsx');
		await download.saveAs(file);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(file);
		const ws = wb.worksheets[0]!;
		expect(ws.getRow(1).values).toEqual([undefined, 'id', 'field', 'German source', 'target text']);
		let offerId = '';
		ws.eachRow((row, n) => {
			if (offerId || n === 1) return;
			const id = String(row.getCell(1).value ?? '');
			if (id.startsWith('offer:') && row.getCell(2).value === 'title') {
				offerId = id.slice('offer:'.length);
				row.getCell(4).value = 'Deneme teklifi başlığı';
			}
		});
		expect(offerId).toMatch(/^[0-9a-f-]{36}$/);
		await wb.xlsx.writeFile(file);

		// A wrong file: a clear message at the file field, no 500.
		const wrong = path.join(dir, 'falsch.xlsx');
		fs.writeFileSync(wrong, 'kein Paket');
		await page.getByLabel('Ausgefülltes Paket (XLSX oder XLIFF)').setInputFiles(wrong);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.locator('#field-file-error').waitFor();
		await s.checkA11y();

		const empty = path.join(dir, 'leer.xlsx');
		fs.writeFileSync(empty, '');
		await page.getByLabel('Ausgefülltes Paket (XLSX oder XLIFF)').setInputFiles(empty);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.locator('#field-file-error').filter({ hasText: 'Die Datei enthält keine Daten.' }).waitFor();
		const otherColumns = new ExcelJS.Workbook();
		otherColumns.addWorksheet('Angebote').addRow(['Titel', 'Kurzbeschreibung']);
		otherColumns.getWorksheet('Angebote')!.addRow(['Babymassage', 'Kurs']);
		const columns = path.join(dir, 'spalten.xlsx');
		await otherColumns.xlsx.writeFile(columns);
		await page.getByLabel('Ausgefülltes Paket (XLSX oder XLIFF)').setInputFiles(columns);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page
			.locator('#field-file-error')
			.filter({ hasText: 'Die Datei ist kein Übersetzungspaket: Es fehlt die Spalte „id“.' })
			.waitFor();
		expect(await page.getByRole('button', { name: 'Übersetzungen übernehmen' }).count()).toBe(0);

		await page.getByLabel('Ausgefülltes Paket (XLSX oder XLIFF)').setInputFiles(file);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByRole('heading', { name: 'Prüfung: 1 Änderungen' }).waitFor();
		expect(await page.locator('table.changes tbody tr').allTextContents()).toEqual([
			expect.stringContaining('Deneme teklifi başlığı')
		]);
		await s.checkA11y();
		await page.getByRole('button', { name: 'Übersetzungen übernehmen' }).click();
		await page.getByText('1 Übersetzung übernommen.').waitFor();
		await s.checkA11y();

		await portal.visit(`${h.server.url}/herten/tr/angebote/${offerId}`);
		await portal.checkA11y();
		expect(await portal.page.getByRole('heading', { level: 1 }).textContent()).toContain('Deneme teklifi başlığı');
		s.assertAllChecked();
		portal.assertAllChecked();
		await portal.close();
		await s.close();
	});

	it('downloads the Arabic package as XLIFF 2.0 and brings a filled file back through preview and apply', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await s.visit(`${h.server.url}/intern/uebersetzungen?sprache=ar`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Paket herunterladen (XLIFF 2.0, العربية)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^uebersetzung-herten-ar-\d{4}-\d{2}-\d{2}\.xlf$/);
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-xliff-'));
		const file = path.join(dir, 'paket.xlf');
		await download.saveAs(file);

		// What a translation tool sees: XLIFF 2.0, German to Arabic, one unit per text with an empty target.
		const { window } = new JSDOM('');
		const doc = new window.DOMParser().parseFromString(fs.readFileSync(file, 'utf8'), 'application/xml');
		expect(doc.getElementsByTagName('parsererror').length).toBe(0);
		const root = doc.documentElement;
		expect([root.namespaceURI, root.getAttribute('version'), root.getAttribute('srcLang')]).toEqual([
			XLIFF,
			'2.0',
			'de'
		]);
		expect(root.getAttribute('trgLang')).toBe('ar');
		const units = Array.from(doc.getElementsByTagNameNS(XLIFF, 'unit'));
		const unit = units.find((u) => /^offer:[0-9a-f-]{36}:summary$/.test(u.getAttribute('id') ?? ''))!;
		const offerId = unit.getAttribute('id')!.split(':')[1]!;
		unit.getElementsByTagNameNS(XLIFF, 'target')[0]!.textContent = 'ملخص تجريبي للعرض';
		const filled = new window.XMLSerializer().serializeToString(doc);
		fs.writeFileSync(file, filled);

		const upload = async (name: string, body: string) => {
			const p = path.join(dir, name);
			fs.writeFileSync(p, body);
			await page.getByLabel('Ausgefülltes Paket (XLSX oder XLIFF)').setInputFiles(p);
			await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		};
		// Broken XML and a file of another language: a message at the file field, nothing to apply.
		await upload('kaputt.xlf', filled.slice(0, filled.length - 30));
		await page.locator('#field-file-error').filter({ hasText: 'Die Datei ist kein gültiges XML' }).waitFor();
		await s.checkA11y();
		await upload('tuerkisch.xlf', filled.replace('trgLang="ar"', 'trgLang="tr"'));
		await page
			.locator('#field-file-error')
			.filter({ hasText: 'Die Datei ist für eine andere Sprache (trgLang „tr“); erwartet wird „ar“.' })
			.waitFor();
		expect(await page.getByRole('button', { name: 'Übersetzungen übernehmen' }).count()).toBe(0);
		// A unit the network does not have: listed with its id, and nothing can be applied.
		const unknown = 'offer:00000000-0000-0000-0000-000000000000:title';
		await upload(
			'fremd.xlf',
			filled.replace(
				'</file>',
				`<unit id="${unknown}"><segment><source>Gibt es nicht</source><target>غير موجود</target></segment></unit></file>`
			)
		);
		await page.getByRole('heading', { name: 'Prüfung: 1 Änderungen' }).waitFor();
		expect(await page.locator('table.errors tbody tr').allTextContents()).toEqual([expect.stringContaining(unknown)]);
		expect(await page.getByRole('button', { name: 'Übersetzungen übernehmen' }).count()).toBe(0);
		await s.checkA11y();

		await page.getByLabel('Ausgefülltes Paket (XLSX oder XLIFF)').setInputFiles(file);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByRole('heading', { name: 'Prüfung: 1 Änderungen' }).waitFor();
		expect(await page.locator('table.changes tbody tr').allTextContents()).toEqual([
			expect.stringContaining('ملخص تجريبي للعرض')
		]);
		await s.checkA11y();
		await page.getByRole('button', { name: 'Übersetzungen übernehmen' }).click();
		await page.getByText('1 Übersetzung übernommen.').waitFor();
		await s.checkA11y();

		const portal = await openSession(h.browser);
		await portal.visit(`${h.server.url}/herten/ar/angebote/${offerId}`);
		const summary = portal.page.getByText('ملخص تجريبي للعرض');
		expect(await summary.count()).toBeGreaterThan(0);
		expect(await summary.first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ar');
		s.assertAllChecked();
		portal.assertAllChecked();
		window.close();
		await portal.close();
		await s.close();
	});
});
