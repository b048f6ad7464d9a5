import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

describe('coordinator offers', () => {
	const h = e2eHarness();

	it('creates an offer with a clear answer to bad input, publishes it and finds it in the portal', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Angebote' }).click();
		await page.waitForURL(/\/intern\/angebote$/);
		await s.checkA11y();
		expect(await page.getByText(/^\d+ Angebote$/).count()).toBe(1);
		await page.getByRole('link', { name: 'Neues Angebot' }).click();
		await page.waitForURL(/\/intern\/angebote\/neu$/);
		await s.checkA11y();

		// Bad input: nothing required filled, a broken postcode, costs missing.
		await page.getByLabel('Postleitzahl').fill('4569');
		await page.getByLabel('Kostenlos', { exact: true }).uncheck();
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForLoadState('load');
		const summary = page.getByRole('alert');
		const text = await summary.textContent();
		expect(text).toContain('Titel: Bitte füllen Sie dieses Feld aus.');
		expect(text).toContain('Lebensphasen: Bitte wählen Sie mindestens eine Möglichkeit aus.');
		expect(text).toMatch(/Postleitzahl \(Ort 1\) ?: Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein./);
		expect(text).toContain('Bitte beschreiben Sie die Kosten');
		const place = page.getByRole('group', { name: 'Ort 1', exact: true });
		expect(await place.getByLabel('Postleitzahl').inputValue()).toBe('4569');
		await s.checkA11y();

		await page.getByLabel('Titel', { exact: false }).first().fill('Zwillingstreff für Eltern');
		await page
			.getByLabel('Kurzbeschreibung', { exact: false })
			.first()
			.fill('Austausch für Eltern von Zwillingen und Mehrlingen.');
		await page.getByRole('group', { name: 'Lebensphasen' }).getByLabel('Baby (0–1 Jahr)').check();
		await page.getByRole('group', { name: 'Themen' }).getByLabel('Freizeit & Begegnung').check();
		await page.getByLabel('Angebotsart').selectOption('gruppe');
		await page.getByLabel('Kostenlos', { exact: true }).check();
		await page.getByLabel('Sprachen (Codes)').fill('en, tr');
		await page.getByLabel('Dienstag').fill('15:00-17:00');
		await place.getByLabel('Straße und Hausnummer').fill('Beispielweg 3');
		await place.getByLabel('Postleitzahl').fill('45701');
		await place.getByLabel('Stadtteil').selectOption({ label: 'Westerholt' });
		await page.getByLabel('Status').selectOption('published');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL(/\/intern\/angebote\/[0-9a-f-]{36}\?gespeichert=1$/);
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain('Das Angebot wurde gespeichert.');

		await s.visit(`${h.server.url}/herten/angebote?q=Zwillinge`);
		expect(
			await page
				.getByRole('region', { name: /Angebote? gefunden/ })
				.getByRole('heading', { level: 3 })
				.first()
				.textContent()
		).toBe('Zwillingstreff für Eltern');
		await page.getByRole('link', { name: 'Zwillingstreff für Eltern', exact: true }).click();
		await page.waitForURL(/\/herten\/angebote\/[0-9a-f-]{36}/);
		await s.checkA11y();
		expect(await page.getByRole('row', { name: /Dienstag/ }).textContent()).toContain('15:00–17:00');
		expect(await page.locator('main').textContent()).toContain('Westerholt');

		// Archive it: it disappears from the portal.
		await page.goBack();
		await page.waitForLoadState('load');
		await s.visit(`${h.server.url}/intern/angebote?q=Zwillings`);
		await page.getByRole('link', { name: 'Zwillingstreff für Eltern', exact: true }).click();
		await page.waitForURL(/\/intern\/angebote\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		await page.getByLabel('Status').selectOption('archived');
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.waitForURL(/gespeichert=1$/);
		await s.checkA11y();
		await s.visit(`${h.server.url}/herten/angebote?q=Zwillingstreff`);
		expect(await page.locator('#results-title').textContent()).toContain('Keine Angebote gefunden');
		s.assertAllChecked();
		await s.close();
	});

	it('refuses another network’s district on an offer location with a message next to the field and stores nothing', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		// Herten's public search shows its districts; their ids are in the filter links.
		await s.visit(`${h.server.url}/herten/angebote`);
		const href = await page.locator('a[href*="stadtteil="]', { hasText: 'Westerholt' }).first().getAttribute('href');
		const hertenDistrict = new URL(href!, h.server.url).searchParams.get('stadtteil')!;
		expect(hertenDistrict).toMatch(/^[0-9a-f-]{36}$/);

		await logInAs(s, h.server.url, 'koordination.mettmann@example.org');
		await s.visit(`${h.server.url}/intern/angebote/neu`);
		await page.getByLabel('Titel', { exact: false }).first().fill('Drillingstreff (Beispiel)');
		await page.getByLabel('Kurzbeschreibung', { exact: false }).first().fill('Austausch für Eltern von Drillingen.');
		await page.getByRole('group', { name: 'Lebensphasen' }).getByLabel('Baby (0–1 Jahr)').check();
		await page.getByLabel('Angebotsart').selectOption('gruppe');
		const place = page.getByRole('group', { name: /^Ort 1( |$)/ }); // "Ort 1 (neu)" until it is filled
		await place.getByLabel('Straße und Hausnummer').fill('Beispielweg 3');
		await place.getByLabel('Stadtteil').selectOption({ index: 1 });
		// A crafted form: the chosen district carries Herten's id instead of one of Mettmann's.
		await place
			.locator('select[name="loc0-districtId"] option:checked')
			.evaluate((option, id) => ((option as HTMLOptionElement).value = id), hertenDistrict);
		const [answer] = await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('?/save')),
			page.getByRole('button', { name: 'Speichern' }).click()
		]);
		expect(answer.status()).toBe(400);
		await page.waitForLoadState('load');
		await s.checkA11y();
		const message = 'Diese Auswahl gibt es in Ihrem Netzwerk nicht. Bitte wählen Sie eine Möglichkeit aus der Liste.';
		expect(await page.getByRole('alert').textContent()).toContain(message);
		const district = place.getByLabel('Stadtteil');
		expect(await district.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator(`#${await district.getAttribute('aria-describedby')}`).textContent()).toBe(message);
		expect(await page.getByLabel('Titel', { exact: false }).first().inputValue()).toBe('Drillingstreff (Beispiel)');

		await s.visit(`${h.server.url}/intern/angebote?q=Drillingstreff`);
		expect(await page.getByRole('link', { name: 'Drillingstreff (Beispiel)' }).count()).toBe(0);
		s.assertAllChecked();
		await s.close();
	});
});

describe('coordinator search vocabulary and districts', () => {
	const h = e2eHarness();

	it('adds a synonym group that the portal search uses, and a district for near-me search', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.wilhelmshaven@example.org');
		// A local word the shipped thesaurus does not know (it knows Muttermilch ≈ Stillen already).
		await s.visit(`${h.server.url}/wilhelmshaven/angebote?q=Mamimilk`);
		expect(await page.locator('#results-title').textContent()).toContain('Keine Angebote gefunden');

		await s.visit(`${h.server.url}/intern/synonyme`);
		const field = page.getByLabel('Synonyme', { exact: false });
		await field.fill(`${await field.inputValue()}\nnurEinWort`);
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('mindestens zwei Begriffe');
		expect(await field.inputValue()).toContain('nurEinWort');
		await s.checkA11y();
		await field.fill((await field.inputValue()).replace('nurEinWort', 'stillen, mamimilk'));
		await page.getByRole('button', { name: 'Speichern' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		await s.visit(`${h.server.url}/wilhelmshaven/angebote?q=Mamimilk`);
		expect(
			await page
				.getByRole('region', { name: /Angebote? gefunden/ })
				.getByRole('heading', { level: 3 })
				.first()
				.textContent()
		).toMatch(/^Stillgruppe/);

		await s.visit(`${h.server.url}/intern/stadtteile`);
		const add = page.getByRole('form', { name: 'Stadtteil hinzufügen' });
		await add.getByLabel('Name').fill('Neuengroden');
		await add.getByLabel('Postleitzahlen').fill('2638');
		await add.getByRole('button', { name: 'Stadtteil hinzufügen' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('Postleitzahlen mit 5 Ziffern');
		await s.checkA11y();
		await add.getByLabel('Postleitzahlen').fill('26389');
		await add.getByLabel('Mittelpunkt: Breitengrad').fill('53,5520');
		await add.getByLabel('Mittelpunkt: Längengrad').fill('8,0830');
		await add.getByRole('button', { name: 'Stadtteil hinzufügen' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('heading', { name: 'Neuengroden' }).count()).toBe(1);
		await s.visit(`${h.server.url}/wilhelmshaven/angebote?plz=26389`);
		expect(await page.getByText('Sortiert nach Entfernung von 26389').count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});
});
