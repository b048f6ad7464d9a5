import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { pdfPages } from '../../support/pdf-text';

const MAIL_PERIOD = 'Frist in Tagen für „Inhalt versandter E-Mails“';

describe('data protection (coordinator)', () => {
	const h = e2eHarness();

	it('changes a retention period (bad value first), sees it in the Art. 30 record and PDF, and inserts the Art. 13 template', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Datenschutz' }).click();
		await page.waitForURL(/\/intern\/datenschutz$/);
		await s.checkA11y();
		expect(await page.getByRole('link', { name: 'Auskunft und Löschung (Art. 15/17)' }).getAttribute('href')).toBe(
			'/intern/datenschutz/personen'
		);

		await page.getByRole('link', { name: 'Aufbewahrung' }).click();
		await page.waitForURL(/aufbewahrung/);
		await s.checkA11y();
		// Herten's demo coordination shortened the period to 60 days; the legal reason is shown.
		expect(await page.getByLabel(MAIL_PERIOD).inputValue()).toBe('60');
		expect(await page.locator('main').textContent()).toContain('Art. 5 Abs. 1 lit. c und e DSGVO');

		await page.getByLabel(MAIL_PERIOD).fill('zwölf');
		await page.getByRole('button', { name: 'Fristen speichern' }).click();
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('Bitte geben Sie eine ganze Zahl von Tagen ein');
		expect(await page.locator('#field-outbox_bodies-error').textContent()).toContain('ganze Zahl');
		expect(await page.getByLabel(MAIL_PERIOD).inputValue()).toBe('zwölf');
		await s.checkA11y();

		await page.getByLabel(MAIL_PERIOD).fill('3');
		await page.getByRole('button', { name: 'Fristen speichern' }).click();
		await page.getByText('im erlaubten Bereich').first().waitFor();
		expect(await page.getByLabel(MAIL_PERIOD).inputValue()).toBe('3');

		await page.getByLabel(MAIL_PERIOD).fill('45');
		await page.getByRole('button', { name: 'Fristen speichern' }).click();
		await page.getByText('Die Fristen wurden gespeichert.').waitFor();
		expect(await page.getByLabel(MAIL_PERIOD).inputValue()).toBe('45');
		await s.checkA11y();

		await s.visit(`${h.server.url}/intern/datenschutz/verzeichnis`);
		const record = page.locator('article');
		expect(await record.textContent()).toContain('45 Tage: Text, HTML und Anhänge versandter Mails');
		expect(await record.textContent()).not.toContain('60 Tage');
		expect(await record.textContent()).toContain('Zeilensicherheit (Row-Level Security) erzwungen');
		await page.getByLabel('Name der verantwortlichen Stelle').fill('');
		await page.getByRole('button', { name: 'Angaben speichern' }).click();
		await page.getByRole('alert').waitFor();
		await s.checkA11y();
		await page.getByLabel('Name der verantwortlichen Stelle').fill('Stadt Herten (Beispieldaten), Fachbereich Familie');
		await page.getByRole('button', { name: 'Angaben speichern' }).click();
		await page.getByText('Die Angaben wurden gespeichert.').waitFor();
		expect(await record.textContent()).toContain('Stadt Herten (Beispieldaten), Fachbereich Familie');
		await s.checkA11y();

		const pdf = await page.request.get(`${h.server.url}/intern/datenschutz/verzeichnis.pdf`);
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		const text = pdfPages(await pdf.body()).join(' ');
		expect(text).toContain('Stadt Herten (Beispieldaten), Fachbereich Familie');
		expect(text).toContain('45 Tage');

		// On a phone nothing scrolls sideways (the tables scroll in their own box).
		await page.setViewportSize({ width: 360, height: 640 });
		for (const path of ['/intern/datenschutz', '/intern/datenschutz/aufbewahrung', '/intern/datenschutz/verzeichnis']) {
			await s.visit(`${h.server.url}${path}`);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
				path
			).toBeLessThanOrEqual(0);
		}
		await page.setViewportSize({ width: 1280, height: 800 });

		// Art. 13: the template goes into the editable text; the portal shows it once saved.
		await s.visit(`${h.server.url}/intern/einstellungen`);
		await page.getByRole('button', { name: 'Vorlage einfügen' }).click();
		await page.getByText('Die Vorlage steht jetzt im Feld').waitFor();
		const privacy = page.getByLabel('Datenschutzhinweis', { exact: false }).first();
		expect(await privacy.inputValue()).toContain(
			'## Verantwortliche Stelle\n\nStadt Herten (Beispieldaten), Fachbereich Familie'
		);
		expect(await privacy.inputValue()).toContain('Inhalt versandter E-Mails: 45 Tage');
		await s.checkA11y();
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.getByText('Die Einstellungen wurden gespeichert.').waitFor();
		await s.visit(`${h.server.url}/herten/datenschutz`);
		expect(await page.locator('main').textContent()).toContain('Fachbereich Familie');
		s.assertAllChecked();
		await s.close();
	});

	it('keeps a provider editor out of the data-protection tools', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'anbieter.mettmann@example.org');
		expect(
			await s.page
				.getByRole('navigation', { name: 'Hauptnavigation' })
				.getByRole('link', { name: 'Datenschutz' })
				.count()
		).toBe(0);
		for (const path of ['/intern/datenschutz', '/intern/datenschutz/aufbewahrung', '/intern/datenschutz/verzeichnis']) {
			const response = await s.visit(`${h.server.url}${path}`);
			expect(response?.status()).toBe(403);
		}
		expect((await s.page.request.get(`${h.server.url}/intern/datenschutz/verzeichnis.pdf`)).status()).toBe(403);
		s.assertAllChecked();
		await s.close();
	});
});
