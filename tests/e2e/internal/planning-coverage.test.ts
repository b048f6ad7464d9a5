import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

/** Coverage by district and life stage (issue 15): the matrix, its gaps, the map and the Einzugsgebiet. */
describe('coverage page', () => {
	const h = e2eHarness();

	it('shows the gap of a district without offers for 0–1, the map with a title per district and its table, and counts an offer by its Einzugsgebiet', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.herten@example.org');

		// A new district: no offer reaches it yet, and it has no outline.
		await s.visit(`${h.server.url}/intern/stadtteile`);
		const add = page.getByRole('form', { name: 'Stadtteil hinzufügen' });
		await add.getByLabel('Name').fill('Testviertel');
		await add.getByLabel('Postleitzahlen').fill('45699');
		await add.getByRole('button', { name: 'Stadtteil hinzufügen' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();

		await s.visit(`${h.server.url}/intern/planung/versorgung`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
			'Versorgung nach Stadtteil und Lebensphase'
		);
		// The demo networks have population figures for three years: the page does not ask for them.
		expect(await page.locator('main').textContent()).not.toContain('Es gibt noch keine Bevölkerungszahlen');
		const matrix = page.getByRole('table', { name: /Anzahl der Angebote/ });
		const row = matrix.getByRole('row', { name: /^Testviertel/ });
		const babyCell = row.getByRole('cell').nth(1);
		expect(await babyCell.textContent()).toContain('keine Angebote');
		expect(await babyCell.textContent()).toContain('Lücke: kein Angebot');

		// The map: one <title> per district with an outline, the same figures as a table, Testviertel listed apart.
		const districtCount = await matrix.locator('tbody tr').count();
		const titles = await page.locator('.map svg g.district > title').allTextContents();
		expect(titles.length).toBe(districtCount - 1);
		expect(titles.every((t) => /^[^:]+: /.test(t))).toBe(true);
		expect(await page.locator('.map svg > title').textContent()).toBe('Versorgungskarte: Baby (0–1 Jahr)');
		const mapTable = page.getByRole('table', { name: 'Zahlen der Karte: Baby (0–1 Jahr)' });
		expect(await mapTable.locator('tbody tr').count()).toBe(districtCount);
		expect(await mapTable.getByRole('row', { name: /^Testviertel/ }).textContent()).toContain('Lücke: kein Angebot');
		const apart = page.getByRole('heading', { name: 'Stadtteile ohne Umriss (nicht in der Karte)' });
		expect(await apart.count()).toBe(1);
		expect(await page.locator('h3 + ul').textContent()).toContain('Testviertel');

		// An offer without a location that visits families in Testviertel: the Einzugsgebiet.
		await s.visit(`${h.server.url}/intern/angebote/neu`);
		await page.getByLabel('Titel', { exact: false }).first().fill('Hausbesuche im Testviertel');
		await page
			.getByLabel('Kurzbeschreibung', { exact: false })
			.first()
			.fill('Eine Familienhebamme besucht Familien zu Hause.');
		await page.getByRole('group', { name: 'Lebensphasen' }).getByLabel('Baby (0–1 Jahr)').check();
		await page.getByLabel('Angebotsart').selectOption('hausbesuch');
		const area = page.getByRole('group', { name: 'Einzugsgebiet' });
		await area.getByRole('group', { name: 'Weitere versorgte Stadtteile' }).getByLabel('Testviertel').check();
		await page.getByLabel('Status').selectOption('published');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL(/\/intern\/angebote\/[0-9a-f-]{36}\?gespeichert=1$/);
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		const saved = page.getByRole('group', { name: 'Einzugsgebiet' });
		expect(
			await saved.getByRole('group', { name: 'Weitere versorgte Stadtteile' }).getByLabel('Testviertel').isChecked()
		).toBe(true);
		expect(await saved.getByLabel('Ganzes Netzwerkgebiet').isChecked()).toBe(false);

		// Without births for Testviertel its 0–1 cell has no rate to compare; the coordinator enters them.
		await s.visit(`${h.server.url}/intern/planung/versorgung`);
		expect(
			await page
				.getByRole('table', { name: /Anzahl der Angebote/ })
				.getByRole('row', { name: /^Testviertel/ })
				.getByRole('cell')
				.nth(1)
				.textContent()
		).not.toContain('Lücke');
		await s.visit(`${h.server.url}/intern/planung/bevoelkerung`);
		await page.getByLabel('Testviertel – Geburten').fill('400');
		await page.getByRole('button', { name: 'Zahlen speichern' }).click();
		await page.getByRole('status').waitFor();
		await s.visit(`${h.server.url}/intern/planung/versorgung`);
		const cell = page
			.getByRole('table', { name: /Anzahl der Angebote/ })
			.getByRole('row', { name: /^Testviertel/ })
			.getByRole('cell')
			.nth(1);
		expect(await cell.textContent()).toContain('1 Angebot');
		expect(await cell.textContent()).toContain('0,3');
		// One offer for 400 births, where the other districts have several per 100: below half the median rate.
		expect(await cell.textContent()).not.toContain('kein Angebot');
		expect(await cell.textContent()).toContain('Lücke: unter der Schwelle');
		await cell.getByRole('link').click();
		await page.waitForURL(/stadtteil=.*lebensphase=0-1/);
		await s.checkA11y();
		const list = page.getByRole('region', { name: 'Angebote in Testviertel: Baby (0–1 Jahr)' });
		expect(await list.getByRole('listitem').allTextContents()).toEqual([
			expect.stringMatching(/^Hausbesuche im Testviertel\s+\(Einzugsgebiet\)$/)
		]);

		// The start page names the largest gaps.
		await s.visit(`${h.server.url}/intern`);
		const card = page.getByRole('region', { name: 'Größte Versorgungslücken' });
		expect(await card.getByRole('listitem').count()).toBe(3);
		s.assertAllChecked();
		await s.close();
	});

	it('filters and switches the map without JavaScript', async () => {
		const s = await openSession(h.browser, { withoutScripts: true });
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await s.visit(`${h.server.url}/intern/planung/versorgung`);
		await page.getByLabel('Angebotsart').selectOption('hausbesuch');
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await page.waitForURL(/art=hausbesuch/);
		await s.checkA11y();
		expect(await page.getByLabel('Angebotsart').inputValue()).toBe('hausbesuch');
		await page.getByLabel('Lebensphase der Karte').selectOption('schwangerschaft');
		await page.getByRole('button', { name: 'Karte zeigen' }).click();
		await page.waitForURL(/karte=schwangerschaft/);
		await s.checkA11y();
		expect(page.url()).toContain('art=hausbesuch');
		expect(await page.locator('.map svg > title').textContent()).toBe('Versorgungskarte: Schwangerschaft');
		s.assertAllChecked();
		await s.close();
	});
});
