import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { pdfPages } from '../../support/pdf-text';

const COORDINATOR = 'koordination.mettmann@example.org';
/** An invented signer of the demo agreements (and the one who recorded demo membership changes). */
const PERSON = 'Jonas Muster';
const KEPT = 'Bleibt gespeichert: Die Unterschrift unter einer beschlossenen Vereinbarung';

describe('Art. 15 and Art. 17 for a person (Datenschutz)', () => {
	const h = e2eHarness();

	it('the coordinator exports a person’s data, erases them, and a new search finds only what was kept, with the reason', async () => {
		const s = await openSession(h.browser, { acceptDownloads: true });
		const page = s.page;
		await logInAs(s, h.server.url, COORDINATOR);
		await s.visit(`${h.server.url}/intern/datenschutz/personen`);
		const search = page.getByRole('button', { name: 'Suchen' });

		// Bad input: a message next to the field, the typed value kept.
		await search.click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await page.locator('#field-email-error').textContent()).toContain(
			'Bitte geben Sie eine E-Mail-Adresse oder einen Namen ein.'
		);
		await page.getByLabel('E-Mail-Adresse').fill('jonas.muster@');
		await search.click();
		await page.getByText('Bitte geben Sie eine E-Mail-Adresse im Format name@example.org ein.').first().waitFor();
		await s.checkA11y();
		expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('jonas.muster@');

		// Art. 15: every place, with what an erasure would do.
		await page.getByLabel('E-Mail-Adresse').fill('');
		await page.getByLabel('Name').fill('jonas MUSTER');
		await search.click();
		await page.getByRole('heading', { name: 'Gespeicherte Daten' }).waitFor();
		await s.checkA11y();
		const main = page.getByRole('main');
		expect(await main.textContent()).toContain('Unterschriften unter Vereinbarungen');
		expect(await main.textContent()).toContain(KEPT);
		const keptBefore = await page.locator('li[data-kind="keep"]').count();
		expect(keptBefore).toBeGreaterThan(0);
		expect(await page.locator('li[data-kind="anonymise"]').count()).toBeGreaterThan(0);

		const [jsonDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Auskunft als JSON herunterladen' }).click()
		]);
		const json = JSON.parse(fs.readFileSync((await jsonDownload.path())!, 'utf8'));
		const signatures = json.sources.find((x: { key: string }) => x.key === 'agreementSignatures');
		expect(signatures.records.length).toBe(keptBefore);
		expect(signatures.records[0].data.signerName).toBe(PERSON);
		expect(signatures.records[0].erasure.kind).toBe('keep');

		const [pdfDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Auskunft als PDF herunterladen' }).click()
		]);
		const pdf = pdfPages(fs.readFileSync((await pdfDownload.path())!)).join(' ');
		expect(pdf).toContain('Auskunft nach Art. 15 DSGVO');
		expect(pdf).toContain(`Name: ${PERSON}`);

		// Art. 17: the preview, a confirmation that must be given, then the erasure.
		await page.getByRole('button', { name: 'Löschen …' }).click();
		await page.getByRole('heading', { name: 'Löschung prüfen (Art. 17 DSGVO)' }).waitFor();
		await s.checkA11y();
		expect(await main.textContent()).toContain(KEPT);
		await page.getByRole('button', { name: 'Endgültig löschen' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		expect(await main.textContent()).toContain('Bitte bestätigen Sie, dass Sie die Daten endgültig löschen möchten.');
		await page.getByRole('checkbox', { name: /endgültig löschen/ }).check();
		await page.getByRole('button', { name: 'Endgültig löschen' }).click();
		await page.getByText('Die Daten wurden gelöscht').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toMatch(
			/Pseudonym im Protokoll: Person gelöscht \d{4}-\d{2}-\d{2} #/
		);

		// A new search lists only the kept signatures, each with its reason.
		await page.getByRole('link', { name: 'Erneut suchen' }).click();
		await page.getByLabel('Name').fill(PERSON);
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.getByRole('heading', { name: 'Gespeicherte Daten' }).waitFor();
		await s.checkA11y();
		expect(await page.locator('li[data-kind]').count()).toBe(keptBefore);
		expect(await page.locator('li[data-kind="keep"]').count()).toBe(keptBefore);
		expect(await main.textContent()).toContain(KEPT);

		// Members and provider editors have no access; the export needs a valid query.
		const bad = await page.request.post(`${h.server.url}/intern/datenschutz/personen/auskunft`, {
			form: { format: 'json', email: '', name: '' },
			headers: { origin: h.server.url }
		});
		expect(bad.status()).toBe(400);
		s.assertAllChecked();
	});
});
