import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

function csvFile(name: string, lines: string[]): string {
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-population-')), name);
	fs.writeFileSync(file, lines.join('\n'));
	return file;
}

describe('planning: population figures and the funding helper', () => {
	const h = e2eHarness();

	it('imports population figures after a dry run with errors, shows them in the table, and the funding share', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Planung' }).click();
		await page.waitForURL(/\/intern\/planung$/);
		await s.checkA11y();
		await page.getByRole('link', { name: 'Bevölkerungsdaten' }).click();
		await page.waitForURL(/\/intern\/planung\/bevoelkerung$/);
		await s.checkA11y();
		// The latest year is the default; Herten's 418 children in SGB II households add up in the sums row.
		await page.getByRole('heading', { name: 'Zahlen für 2026' }).waitFor();
		expect(await page.locator('td.sum[data-figure="children0to3Sgb2"]').textContent()).toContain('418');

		// A typed negative number: message next to the cell and in the summary, the input kept.
		const cell = page.getByLabel('Disteln – Geburten');
		await cell.fill('-7');
		await page.getByRole('button', { name: 'Zahlen speichern' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain(
			'Disteln – Geburten: Bitte keine negative Zahl eintragen.'
		);
		expect(await page.getByLabel('Disteln – Geburten').inputValue()).toBe('-7');

		// The dry run lists every bad row and column; nothing can be imported.
		const header = 'Stadtteil;Jahr;Kinder 0–3 Jahre;Kinder 0–3 Jahre in SGB-II-Familien';
		await page
			.getByLabel('Datei (CSV oder XLSX)')
			.setInputFiles(
				csvFile('fehler.csv', [
					header,
					'Disteln;2025;510;70',
					'Westend;2025;10;1',
					'Scherlebeck;2031;10;1',
					'Westerholt;2025;viele;2'
				])
			);
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByRole('heading', { name: /Fehler – es wurde nichts importiert/ }).waitFor();
		await s.checkA11y();
		const errors = await page.locator('table.errors tbody tr').allTextContents();
		expect(errors.some((r) => r.startsWith('3') && r.includes('Westend'))).toBe(true);
		expect(errors.some((r) => r.startsWith('4') && r.includes('Jahr') && r.includes('Zukunft'))).toBe(true);
		expect(errors.some((r) => r.startsWith('5') && r.includes('Kinder 0–3 Jahre') && r.includes('ganze Zahl'))).toBe(
			true
		);
		expect(await page.getByRole('button', { name: 'Jetzt importieren' }).count()).toBe(0);

		await page
			.getByLabel('Datei (CSV oder XLSX)')
			.setInputFiles(csvFile('gut.csv', [header, 'Disteln;2025;512;71', 'Westerholt;2025;640;']));
		await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
		await page.getByText('Keine Fehler gefunden.').waitFor();
		await s.checkA11y();
		await page.getByRole('button', { name: 'Jetzt importieren' }).click();
		await page.getByRole('heading', { name: /^Import abgeschlossen: 0 neu, 2 aktualisiert/ }).waitFor();
		await s.checkA11y();

		await page.getByRole('link', { name: '2025', exact: true }).click();
		await page.getByRole('heading', { name: 'Zahlen für 2025' }).waitFor();
		await s.checkA11y();
		expect(await page.getByLabel('Disteln – Kinder 0–3 Jahre', { exact: true }).inputValue()).toBe('512');
		// An empty cell is "not known", not 0.
		expect(await page.getByLabel('Westerholt – Kinder 0–3 Jahre in SGB-II-Familien').inputValue()).toBe('');

		// Funding: the Land's total below the network's own figure is refused; then the share.
		await s.visit(`${h.server.url}/intern/planung/foerderung?jahr=2026`);
		await page.getByLabel('Kinder 0–3 in SGB II (Land)').fill('400');
		await page.getByRole('button', { name: 'Jahr speichern' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain('kann nicht kleiner sein');
		await page.getByLabel('Kinder 0–3 in SGB II (Land)').fill('41800');
		await page.getByLabel('Zuweisung in Euro').fill('41.800,00');
		await page.getByRole('button', { name: 'Jahr speichern' }).click();
		await page.getByText('Das Jahr 2026 wurde gespeichert.').waitFor();
		await s.checkA11y();
		const row = page.getByRole('row', { name: /^2026/ });
		expect(await row.textContent()).toContain('418');
		expect(await row.textContent()).toContain('1,00 %');
		expect(await row.textContent()).toMatch(/100,00\s€/);

		// A self-intersecting outline is refused next to the field; the stored one stays.
		await s.visit(`${h.server.url}/intern/stadtteile`);
		const disteln = page.getByRole('form', { name: 'Disteln' });
		const before = await disteln.getByLabel('Umriss als GeoJSON (optional)').inputValue();
		await disteln
			.getByLabel('Umriss als GeoJSON (optional)')
			.fill('{"type":"Polygon","coordinates":[[[7,51],[7.2,51.2],[7.2,51],[7,51.2],[7,51]]]}');
		await disteln.getByRole('button', { name: /Stadtteil speichern/ }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').textContent()).toContain('überschneidet sich selbst');
		await s.visit(`${h.server.url}/intern/stadtteile`);
		expect(
			await page.getByRole('form', { name: 'Disteln' }).getByLabel('Umriss als GeoJSON (optional)').inputValue()
		).toBe(before);
		s.assertAllChecked();
		await s.close();
	});
});
