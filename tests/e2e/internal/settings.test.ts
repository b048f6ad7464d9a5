import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

describe('coordinator settings', () => {
	const h = e2eHarness();

	it('keeps typed values and shows an error summary for bad input, then saves and shows the change publicly', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		await s.page.getByRole('link', { name: 'Einstellungen' }).click();
		await s.page.waitForURL(/einstellungen/);
		await s.checkA11y();
		const page = s.page;

		await page.getByLabel('Was ist das Netzwerk?').fill('Neuer Text über das Netzwerk in Wilhelmshaven.');
		await page.getByLabel('Hauptfarbe', { exact: false }).fill('#ffee00');
		await page.getByLabel('E-Mail', { exact: true }).fill('keine-adresse');
		await page.getByLabel('Montag').fill('morgens');
		await page.getByRole('button', { name: 'Speichern' }).click();

		const summary = page.getByRole('alert');
		await summary.waitFor();
		const text = await summary.textContent();
		expect(text).toContain('Bitte prüfen Sie Ihre Eingaben');
		expect(text).toContain('Der Kontrast zu Weiß ist kleiner als 4,5 : 1');
		expect(text).toContain('Format 09:00–12:00');
		expect(text).toContain('E-Mail-Adresse im Format');
		expect(await page.getByLabel('Was ist das Netzwerk?').inputValue()).toBe(
			'Neuer Text über das Netzwerk in Wilhelmshaven.'
		);
		expect(await page.getByLabel('Hauptfarbe', { exact: false }).inputValue()).toBe('#ffee00');
		expect(await page.getByLabel('Montag').inputValue()).toBe('morgens');
		await s.checkA11y();

		await page.getByLabel('Hauptfarbe', { exact: false }).fill('#0b4f6c');
		await page.getByLabel('E-Mail', { exact: true }).fill('fruehehilfen.neu@example.org');
		await page.getByLabel('Montag').fill('08:00–12:00, 13:00–15:00');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.getByText('Die Einstellungen wurden gespeichert.').waitFor();
		await s.checkA11y();

		// The network's own text is on its professional page; contact and hours stay on the home page.
		await s.visit(`${h.server.url}/wilhelmshaven/netzwerk`);
		expect(await page.locator('main').textContent()).toContain('Neuer Text über das Netzwerk in Wilhelmshaven.');
		await s.visit(`${h.server.url}/wilhelmshaven`);
		expect(await page.getByRole('link', { name: 'fruehehilfen.neu@example.org' }).count()).toBe(1);
		expect(await page.getByRole('row', { name: /Montag/ }).textContent()).toContain('08:00–12:00, 13:00–15:00');
		s.assertAllChecked();
		await s.close();
	});

	it('uploads a logo, refuses a file that is not an image, and shows the logo publicly', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'koordination.mettmann@example.org');
		await s.visit(`${h.server.url}/intern/einstellungen`);
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-logo-'));
		const fake = path.join(dir, 'logo.png');
		fs.writeFileSync(fake, '<html><script>alert(1)</script></html>');
		await s.page.getByLabel('Logo-Datei').setInputFiles(fake);
		await s.page.getByRole('button', { name: 'Logo hochladen' }).click();
		await s.page.getByText('Das Logo muss eine PNG-, JPEG- oder SVG-Datei sein.').first().waitFor();
		await s.checkA11y();

		const svg = path.join(dir, 'logo.svg');
		fs.writeFileSync(
			svg,
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><circle cx="5" cy="5" r="4" fill="#1d5c8f"/></svg>'
		);
		await s.page.getByLabel('Logo-Datei').setInputFiles(svg);
		await s.page.getByRole('button', { name: 'Logo hochladen' }).click();
		await s.page.getByText('Das Logo wurde gespeichert.').waitFor();
		await s.checkA11y();

		await s.visit(`${h.server.url}/mettmann`);
		const logo = s.page.getByRole('img', { name: /Logo:/ });
		expect(await logo.count()).toBe(1);
		const res = await fetch(`${h.server.url}/mettmann/logo`);
		expect(res.headers.get('content-type')).toBe('image/svg+xml');
		const body = await res.text();
		expect(body).toContain('<circle');
		expect(body).not.toContain('onload');
		s.assertAllChecked();
		await s.close();
	});

	it('keeps members out of the settings', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'mitglied.mettmann@example.org', undefined, null);
		const response = await s.visit(`${h.server.url}/intern/einstellungen`);
		expect(response?.status()).toBe(403);
		s.assertAllChecked();
		await s.close();
	});
});
