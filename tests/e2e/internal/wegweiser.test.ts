import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

/** pdftotext's reading order, bidi marks removed and poppler's swapped lam-alef letters put back. */
const pdfText = (file: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'])
		.toString('utf8')
		.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/\s+/g, ' ')
		.replace(/ا([أإآ])ل/g, 'ال$1');

describe('printed Wegweiser', () => {
	const h = e2eHarness();

	it('the coordinator downloads the Wegweiser in German (a district, A5) and Arabic (whole network, A4)', async () => {
		const s = await openSession(h.browser, { acceptDownloads: true });
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.mettmann@example.org');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Wegweiser drucken' })
			.click();
		await page.waitForURL(/\/intern\/wegweiser$/);
		await s.checkA11y();

		const district = page.getByLabel('Stadtteil');
		const options = await district.locator('option').allTextContents();
		expect(options[0]).toBe('Ganzes Netzwerk');
		await district.selectOption({ label: options[1]! });
		await page.getByLabel('Sprache').selectOption('de');
		await page.getByLabel('Format').selectOption('A5');
		const [german] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'PDF herunterladen' }).click()
		]);
		expect(german.suggestedFilename()).toMatch(/^wegweiser-mettmann-.+-de-a5\.pdf$/);
		const deText = pdfText((await german.path())!);
		expect(deText).toContain('Wegweiser Frühe Hilfen');
		expect(deText).toContain(options[1]!);
		expect(deText).toContain('Hilfe und Notfall');
		expect(deText).toMatch(/Telefon: [\d +]{6,}/);
		expect(deText).toContain('/mettmann/angebote/');

		await district.selectOption({ label: 'Ganzes Netzwerk' });
		await page.getByLabel('Sprache').selectOption('ar');
		await page.getByLabel('Format').selectOption('A4');
		const [arabic] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'PDF herunterladen' }).click()
		]);
		expect(arabic.suggestedFilename()).toBe('wegweiser-mettmann-netzwerk-ar-a4.pdf');
		const arText = pdfText((await arabic.path())!);
		// The Arabic title in logical order (pdftotext reads right-to-left lines back logically).
		expect(arText).toContain('دليل العائلة');
		expect(arText).toContain('الحمل');
		expect(arText).toContain('بالألمانية فقط');
		expect(arText).toContain('/mettmann/ar/angebote/');
		expect(fs.statSync((await arabic.path())!).size).toBeGreaterThan(1000);
		s.assertAllChecked();
		await s.close();
	});

	it('a bad choice comes back to the form with messages, never a 500', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.mettmann@example.org');
		const res = await s.visit(
			`${h.server.url}/intern/wegweiser/pdf?stadtteil=${encodeURIComponent('<b>x</b>')}&sprache=xx&format=A3`
		);
		expect(res?.status()).toBe(200);
		expect(new URL(page.url()).pathname).toBe('/intern/wegweiser');
		const summary = page.getByRole('alert');
		expect(await summary.textContent()).toContain('Wählen Sie einen Stadtteil aus der Liste');
		expect(await summary.textContent()).toContain('Wählen Sie eine der Sprachen des Portals.');
		expect(await summary.textContent()).toContain('Wählen Sie A4 oder A5.');
		s.assertAllChecked();
		await s.close();
	});
});
