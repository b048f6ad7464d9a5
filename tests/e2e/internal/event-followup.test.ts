import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { pdfPages } from '../../support/pdf-text';
import { linkIn, type ReceivedMail } from '../../support/smtp';

// The day after an event (issue 14, items 7–9): the coordinator ticks who came on a phone,
// sends the certificates, the participants give feedback through their link, the results show.
// The demo's "Kinderschutz nach § 8a SGB VIII – Auffrischung" ended yesterday with seven registered.

const COORDINATOR = 'koordination.wilhelmshaven@example.org';
const TITLE = 'Kinderschutz nach § 8a SGB VIII – Auffrischung';
const CAME = ['Antje Beispiel', 'Burak Yıldız-Muster', 'Clara Übermuth'];

async function download(page: Page, name: string | RegExp): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
	const chunks: Buffer[] = [];
	for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
	return Buffer.concat(chunks);
}

describe('after an event', () => {
	const h = e2eHarness({ smtp: true });

	it('checks attendance at 360 px, sends certificates, collects feedback and shows it from three answers on', async () => {
		const s = await openSession(h.browser, { viewport: { width: 360, height: 740 } });
		const page = s.page;
		await logInAs(s, h.server.url, COORDINATOR);
		await s.visit(`${h.server.url}/intern/veranstaltungen`);
		await page.getByRole('link', { name: TITLE }).first().click();
		await page.getByRole('heading', { level: 1, name: new RegExp(TITLE.replace(/[§()]/g, '.')) }).waitFor();
		await s.checkA11y();
		await page.getByRole('link', { name: /^Nachbereitung/ }).click();
		await page.waitForURL(/\/nachbereitung$/);
		await s.checkA11y();
		expect(
			await page.getByText('7 angemeldet · 0 anwesend · 0 Bescheinigungen ausgestellt · 0 versendet').count()
		).toBe(1);
		// Feedback stays hidden below three answers.
		await page.getByText('Noch keine Rückmeldungen.', { exact: false }).waitFor();

		// Check-in on the phone: tick three, save.
		await page.getByRole('link', { name: /^Anwesenheitsliste 1\. Termin/ }).click();
		await page.waitForURL(/\/anwesenheit\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		for (const name of CAME) await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
		await page.getByRole('button', { name: 'Anwesenheit speichern' }).click();
		await page.getByRole('status').filter({ hasText: '3 anwesend, 4 nicht erschienen – gespeichert.' }).waitFor();
		await s.checkA11y();
		expect(await page.getByRole('checkbox', { name: /^Antje Beispiel/ }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: /^Dmitri Beispielow/ }).isChecked()).toBe(false);

		// Certificates to the three who came.
		await page.getByRole('link', { name: 'Zur Nachbereitung' }).click();
		await page.waitForURL(/\/nachbereitung$/);
		await page.getByRole('button', { name: 'Bescheinigungen ausstellen und an alle Anwesenden senden' }).click();
		await page.getByRole('status').filter({ hasText: '3 Bescheinigungen ausgestellt, 3 versendet.' }).waitFor();
		await s.checkA11y();
		const mails: ReceivedMail[] = [];
		for (const name of CAME) {
			const mail = await waitForCertificate(h.smtp.mails, name);
			mails.push(mail);
			const pdf = mail.parsed.attachments.find((a) => a.contentType === 'application/pdf');
			expect(pdf, 'the certificate as PDF').toBeDefined();
			const text = pdfPages(pdf!.content).join(' ');
			expect(text).toContain('Teilnahmebescheinigung');
			expect(text).toContain(name);
			expect(text).toContain(TITLE);
			expect(text).toContain('Umfang: 4 Unterrichtseinheiten');
		}
		const all = await download(page, 'Alle Bescheinigungen als ein PDF');
		expect(pdfPages(all)).toHaveLength(3);

		// Feedback through each personal link, without JavaScript.
		for (const [i, mail] of mails.entries()) {
			const visitor = await openSession(h.browser, { withoutScripts: true, viewport: { width: 360, height: 740 } });
			await visitor.visit(linkIn(mail.text, '/anmeldung/wilhelmshaven/'));
			await visitor.page.getByRole('heading', { name: 'Ihre Rückmeldung' }).waitFor();
			if (i === 0) {
				// Without a rating: the message, and the typed text kept.
				await visitor.page.getByLabel(/^Was hat Ihnen geholfen\?/).fill('Die Fallbeispiele');
				await visitor.page.getByRole('button', { name: 'Rückmeldung senden' }).click();
				await visitor.page.getByRole('alert').waitFor();
				await visitor.checkA11y();
				expect(await visitor.page.getByRole('alert').textContent()).toContain(
					'Bitte wählen Sie eine Bewertung von 1 bis 5.'
				);
				expect(await visitor.page.getByLabel(/^Was hat Ihnen geholfen\?/).inputValue()).toBe('Die Fallbeispiele');
			}
			await visitor.page.getByRole('radio', { name: i === 2 ? '3 – in Ordnung' : '5 – sehr gut' }).check();
			await visitor.page.getByRole('button', { name: 'Rückmeldung senden' }).click();
			await visitor.page.getByRole('status').filter({ hasText: 'Vielen Dank für Ihre Rückmeldung!' }).waitFor();
			await visitor.checkA11y();
			// The certificate is there to download through the link too.
			const own = await download(visitor.page, 'Teilnahmebescheinigung herunterladen (PDF)');
			expect(pdfPages(own).join(' ')).toContain(CAME[i]!);
			visitor.assertAllChecked();
			await visitor.close();
		}

		// Three answers: the chart with its table, and the XLSX.
		await s.visit(page.url());
		await page.getByText('Durchschnitt 4,3 von 5 aus 3 Rückmeldungen').waitFor();
		expect(await page.getByRole('img', { name: /3 Rückmeldungen, Durchschnitt 4,3 von 5/ }).count()).toBe(1);
		const table = page.getByRole('table', { name: /Anzahl der Rückmeldungen je Bewertung/ });
		expect(await table.getByRole('row', { name: /5 – sehr gut 2/ }).count()).toBe(1);
		expect(await table.getByRole('row', { name: /3 – in Ordnung 1/ }).count()).toBe(1);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await download(page, 'Rückmeldungen als XLSX')) as unknown as ArrayBuffer);
		expect(workbook.worksheets[0]!.rowCount).toBe(4);

		// The printed code checks out on the public page.
		const code = /Prüfcode ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(pdfPages(all).join(' '))![1]!;
		const check = await openSession(h.browser, { withoutScripts: true });
		await check.visit(`${h.server.url}/wilhelmshaven/bescheinigung`);
		await check.page.getByLabel('Prüfcode').fill(code.toLowerCase());
		await check.page.getByRole('button', { name: 'Prüfen' }).click();
		await check.page.getByText('Diese Teilnahmebescheinigung ist echt.').waitFor();
		await check.checkA11y();
		expect(await check.page.getByRole('status').textContent()).toContain(CAME[0]!);
		await check.visit(`${h.server.url}/wilhelmshaven/bescheinigung?code=AAAA-BBBB-CCCC`);
		await check.page.getByRole('alert').filter({ hasText: 'keine Bescheinigung' }).waitFor();
		check.assertAllChecked();
		await check.close();
		s.assertAllChecked();
		await s.close();
	});
});

/** The certificate mail for this person (addresses are derived from the demo names). */
async function waitForCertificate(mails: ReceivedMail[], name: string): Promise<ReceivedMail> {
	const deadline = Date.now() + 30_000;
	for (;;) {
		const found = mails.find(
			(m) => m.subject.startsWith(`Ihre Teilnahmebescheinigung: ${TITLE}`) && m.text.includes(name)
		);
		if (found) return found;
		if (Date.now() > deadline)
			throw new Error(`no certificate mail for ${name}: ${mails.map((m) => m.subject).join(' | ')}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}
