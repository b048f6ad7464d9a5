import { describe, expect, it } from 'vitest';
import { PDFDocument as PdfLib } from 'pdf-lib';
import type { Download } from 'playwright-core';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { linkIn } from '../../support/smtp';

const SIGNER = 'anna.beispiel.0@example.org'; // demo contact of the Jugendamt (Mettmann)
const PNG = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
	'hex'
);

async function bytesOf(download: Download): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
	return Buffer.concat(chunks);
}

describe('agreements with signatures', () => {
	const h = e2eHarness({ smtp: true });

	it('sends a version for signature, signs it through the personal link with a confirmation step, records a scan, and the matrix and PDF show it', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await logInAs(s, h.server.url, 'koordination.mettmann@example.org');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Vereinbarungen' })
			.click();
		await page.waitForURL(/\/intern\/vereinbarungen$/);
		await s.checkA11y();
		expect(await page.getByRole('main').textContent()).toContain(
			'Kooperationsvereinbarung Netzwerk Frühe Hilfen Mettmann'
		); // demo agreement
		await page.getByLabel('Art', { exact: true }).selectOption('geschaeftsordnung');
		await page.getByLabel('Titel', { exact: false }).fill('Geschäftsordnung der Steuerungsgruppe');
		await page.getByRole('button', { name: 'Anlegen und Wortlaut erfassen' }).click();
		await page.waitForURL(/\/fassungen\/neu$/);
		await s.checkA11y();

		// Neither text nor PDF, and no date: messages next to the fields, nothing saved.
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.getByRole('alert').first().waitFor();
		await s.checkA11y();
		expect(await page.getByRole('alert').first().textContent()).toContain('Datum');
		await page.getByLabel('Beschlossen am', { exact: false }).fill('2026-11-20');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.getByText('Bitte schreiben Sie den Wortlaut oder laden Sie ihn als PDF hoch.').first().waitFor();
		await page
			.getByRole('textbox', { name: 'Wortlaut' })
			.fill(
				'## § 1 Aufgaben\n\nDie Steuerungsgruppe bereitet die Netzwerkkonferenzen vor.\n\n- Tagesordnung\n- Bedarfsplanung'
			);
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.waitForURL(/\/fassungen\/[0-9a-f-]{36}\?gespeichert=1$/);
		await s.checkA11y();
		await page.getByRole('link', { name: 'Geschäftsordnung der Steuerungsgruppe' }).click();
		await page.waitForURL(/\/intern\/vereinbarungen\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		const agreementUrl = page.url();
		expect(await page.getByRole('row', { name: /Jugendamt Mettmann – Allgemeiner/ }).textContent()).toContain(
			'nicht versandt'
		);

		await page.getByRole('button', { name: 'Zur Unterschrift an alle Mitglieder senden' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toMatch(
			/\d+ Organisationen haben ihren persönlichen Link per E-Mail bekommen/
		);
		expect(await page.getByRole('row', { name: /Jugendamt Mettmann – Allgemeiner/ }).textContent()).toContain(
			'versandt, offen'
		);

		// A sent version is fixed: its page shows the wording without a form.
		await page.getByRole('link', { name: 'Fassung 1 vom 20.11.2026' }).click();
		await page.waitForURL(/\/fassungen\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(await page.getByRole('main').textContent()).toContain('kann nicht mehr geändert werden');
		expect(await page.getByRole('textbox', { name: 'Wortlaut' }).count()).toBe(0);
		await s.visit(agreementUrl);

		const request = await h.smtp.waitFor(
			SIGNER,
			/^Bitte unterzeichnen: Geschäftsordnung der Steuerungsgruppe \(Fassung 1\)/
		);
		const link = linkIn(request.text, '/unterschrift/');

		// The personal link: wording, then name and function, then an explicit confirmation.
		const signer = await openSession(h.browser);
		await signer.visit(link);
		expect(await signer.page.getByRole('heading', { name: '§ 1 Aufgaben' }).count()).toBe(1);
		expect(await signer.page.getByRole('main').textContent()).toContain('Jugendamt Mettmann');
		await signer.page.getByRole('button', { name: 'Weiter zur Bestätigung' }).click();
		await signer.page.getByRole('alert').first().waitFor();
		await signer.checkA11y();
		await signer.page.getByLabel('Ihr Name').fill('Anna Beispiel');
		await signer.page.getByLabel('Ihre Funktion').fill('Abteilungsleitung');
		await signer.page.getByRole('button', { name: 'Weiter zur Bestätigung' }).click();
		await signer.page.getByRole('button', { name: 'Verbindlich unterzeichnen' }).waitFor();
		await signer.checkA11y();
		expect(await signer.page.getByRole('main').textContent()).toContain(
			'Anna Beispiel (Abteilungsleitung) unterzeichnet für Jugendamt Mettmann'
		);
		await signer.page.getByRole('button', { name: 'Verbindlich unterzeichnen' }).click();
		await signer.page
			.getByText('Bitte bestätigen Sie, dass Sie für Ihre Organisation unterzeichnen dürfen.')
			.first()
			.waitFor();
		await signer.checkA11y();
		await signer.page.getByRole('checkbox', { name: /Ich bin berechtigt/ }).check();
		await signer.page.getByRole('button', { name: 'Verbindlich unterzeichnen' }).click();
		await signer.page.getByText('Vielen Dank!').waitFor();
		await signer.checkA11y();
		expect(await signer.page.getByRole('status').textContent()).toContain('von Anna Beispiel (Abteilungsleitung)');
		// Another network's address or a forged token explain themselves and change nothing.
		await signer.visit(link.replace('/unterschrift/mettmann/', '/unterschrift/herten/'));
		expect(await signer.page.getByRole('alert').textContent()).toContain('anderen Netzwerk');
		await signer.visit(`${h.server.url}/unterschrift/mettmann/gefaelscht-gefaelscht-gefaelscht`);
		expect(await signer.page.getByRole('alert').textContent()).toContain('ungültig');

		await s.visit(agreementUrl);
		const row = await page.getByRole('row', { name: /Jugendamt Mettmann – Allgemeiner/ }).textContent();
		expect(row).toContain('unterzeichnet');
		expect(row).toContain('Anna Beispiel (Abteilungsleitung)');
		expect(row).toContain('online bestätigt');
		await page.getByLabel(/^Zeigen/).selectOption('signed');
		await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
		await page.waitForURL(/status=signed/);
		await s.checkA11y();
		expect(await page.locator('table.matrix tbody tr').count()).toBe(1);
		await s.visit(agreementUrl);

		// Reminder to those still open.
		await page.getByRole('button', { name: 'Alle offenen erinnern' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toMatch(/Organisationen wurden erinnert/);
		const reminder = await h.smtp.waitFor(
			'marta.exempel.1@example.org',
			/^Erinnerung: Bitte unterzeichnen: Geschäftsordnung der Steuerungsgruppe/
		);
		expect(reminder.text).toContain('/unterschrift/mettmann/');

		// A paper signature: a file that is not a scan is refused, a PNG is recorded.
		const form = page.locator('form[action="?/record"]');
		await form
			.getByLabel('Organisation')
			.selectOption({ label: 'Gesundheitsamt Mettmann – Kinder- und Jugendgesundheitsdienst (Beispiel)' });
		await form.getByLabel('Name der unterzeichnenden Person').fill('Jonas Muster');
		await form.getByLabel('Funktion', { exact: true }).fill('Amtsleitung');
		await form.getByLabel('Datum der Unterschrift').fill('2026-11-25');
		await form
			.getByLabel('Scan der Unterschrift')
			.setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from('kein Bild') });
		await form.getByRole('button', { name: 'Eintragen' }).click();
		await page.getByText('Der Scan muss ein PDF, PNG oder JPEG sein').first().waitFor();
		await s.checkA11y();
		expect(
			await page.locator('form[action="?/record"]').getByLabel('Name der unterzeichnenden Person').inputValue()
		).toBe('Jonas Muster'); // nothing typed is lost
		await page
			.locator('form[action="?/record"]')
			.getByLabel('Scan der Unterschrift')
			.setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: PNG });
		await page.locator('form[action="?/record"]').getByRole('button', { name: 'Eintragen' }).click();
		await page.waitForURL(/\?erfasst=1$/);
		await s.checkA11y();
		expect(await page.getByRole('row', { name: /Gesundheitsamt Mettmann/ }).textContent()).toContain(
			'auf Papier (Scan)'
		);
		// A refusal that came by phone, with its reason.
		const refusal = page.locator('form[action="?/record"]');
		await refusal.getByLabel('Organisation').selectOption({ label: 'Jobcenter Mettmann (Beispiel)' });
		await refusal.getByRole('radio', { name: 'Abgelehnt' }).check();
		await refusal.getByLabel('Begründung (freiwillig)').fill('Die Geschäftsführung prüft noch.');
		await refusal.getByRole('button', { name: 'Eintragen' }).click();
		await page.waitForURL(/\?erfasst=1$/);
		expect(await page.getByRole('row', { name: /Jobcenter Mettmann/ }).textContent()).toMatch(
			/abgelehnt[\s\S]*Die Geschäftsführung prüft noch\./
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'PDF mit Unterschriftenliste' }).click()
		]);
		expect(download.suggestedFilename()).toBe('Geschäftsordnung-der-Steuerungsgruppe-Fassung-1-unterzeichnet.pdf');
		expect((await PdfLib.load(await bytesOf(download))).getPageCount()).toBeGreaterThanOrEqual(1);

		// The public network page names the agreement with its adoption date.
		const visitor = await openSession(h.browser);
		await visitor.visit(`${h.server.url}/mettmann/netzwerk`);
		const section = await visitor.page.getByRole('region', { name: 'Grundlage der Zusammenarbeit' }).textContent();
		expect(section).toContain(
			'Geschäftsordnung der Steuerungsgruppe: beschlossen am 20. November 2026, unterzeichnet von 2 Organisationen'
		);

		// A new version asks everyone again, also those who signed the first one.
		await page.getByRole('link', { name: 'Neue Fassung' }).click();
		await page.waitForURL(/\/fassungen\/neu$/);
		await s.checkA11y();
		expect(await page.getByRole('textbox', { name: 'Wortlaut' }).inputValue()).toContain('§ 1 Aufgaben');
		await page.getByLabel('Beschlossen am', { exact: false }).fill('2026-11-27');
		await page.getByRole('button', { name: 'Speichern', exact: true }).click();
		await page.waitForURL(/\?gespeichert=1$/);
		await s.checkA11y();
		await s.visit(agreementUrl);
		await page.getByRole('button', { name: 'Zur Unterschrift an alle Mitglieder senden' }).click();
		await page.getByRole('status').waitFor();
		const again = await h.smtp.waitFor(
			SIGNER,
			/^Bitte unterzeichnen: Geschäftsordnung der Steuerungsgruppe \(Fassung 2\)/
		);
		expect(again.text).toContain('vorige Fassung unterzeichnet');
		expect(await page.getByRole('row', { name: /Jugendamt Mettmann – Allgemeiner/ }).textContent()).toMatch(
			/unterzeichnet[\s\S]*versandt, offen/
		);

		for (const x of [s, signer, visitor]) {
			x.assertAllChecked();
			await x.close();
		}
	});
});
