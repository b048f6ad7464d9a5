import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';
import { pdfPages } from '../../support/pdf-text';

const COORDINATOR = 'koordination.mettmann@example.org';
const YEAR = new Date().getFullYear();

describe('Jahresbericht', () => {
	const h = e2eHarness();

	it('the coordinator downloads the PDF and the XLSX, publishes the PDF on the network page and withdraws it', async () => {
		const s = await openSession(h.browser, { acceptDownloads: true });
		const page = s.page;
		await logInAs(s, h.server.url, COORDINATOR);
		await s.visit(`${h.server.url}/intern/berichte?jahr=${YEAR}`);
		expect(await page.getByRole('heading', { level: 2, name: `Jahresbericht ${YEAR}` }).count()).toBe(1);
		expect(await page.getByRole('main').textContent()).toContain(`Der Bericht ${YEAR} ist nicht veröffentlicht.`);

		const [pdfDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: `Jahresbericht ${YEAR} als PDF` }).click()
		]);
		expect(pdfDownload.suggestedFilename()).toBe(`jahresbericht-mettmann-${YEAR}.pdf`);
		const text = pdfPages(fs.readFileSync((await pdfDownload.path())!)).join(' ');
		expect(text).toContain('Frühe Hilfen Mettmann');
		expect(text).toContain(`Jahresbericht ${YEAR}`);
		for (const heading of [
			'Mitglieder und Partnerkategorien',
			'Gremien und Sitzungen',
			'Veranstaltungen und Fortbildungen',
			'Angebote und Versorgung',
			'Nachfrage',
			'Datenqualität'
		])
			expect(text).toContain(heading);
		expect(text).toMatch(/Veröffentlichte Angebote \d+/); // a row of the key-figures table
		expect(text).toContain('Karte der Versorgung');

		const [xlsxDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: `Jahresbericht ${YEAR} als Excel` }).click()
		]);
		expect(xlsxDownload.suggestedFilename()).toBe(`jahresbericht-mettmann-${YEAR}.xlsx`);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile((await xlsxDownload.path())!);
		const names = workbook.worksheets.map((w) => w.name);
		expect(names).toEqual(
			expect.arrayContaining(['Kennzahlen', 'Partnerkategorien', 'Gremien', 'Sitzungen', 'Versorgung', 'Karte'])
		);
		const keyFigures = workbook.getWorksheet('Kennzahlen')!;
		expect(keyFigures.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(keyFigures.getRow(1).getCell(1).value).toBe('Kennzahl');
		const offersRow = keyFigures.getRows(2, 10)!.find((r) => r.getCell(1).value === 'Veröffentlichte Angebote')!;
		expect(offersRow.getCell(2).type).toBe(ExcelJS.ValueType.Number);
		expect(offersRow.getCell(2).value as number).toBeGreaterThan(0);

		// Publish: the public network page links the PDF.
		await page.getByRole('button', { name: 'Auf der Netzwerkseite veröffentlichen' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain(
			`Der Jahresbericht ${YEAR} steht jetzt auf der Netzwerkseite.`
		);
		await s.visit(`${h.server.url}/mettmann/netzwerk`);
		const link = page.getByRole('link', { name: `Jahresbericht ${YEAR} (PDF)` });
		expect(await link.getAttribute('href')).toBe(`/mettmann/jahresbericht/${YEAR}.pdf`);
		const published = await page.request.get(`${h.server.url}/mettmann/jahresbericht/${YEAR}.pdf`);
		expect(published.status()).toBe(200);
		expect(published.headers()['content-type']).toBe('application/pdf');
		expect(published.headers()['content-disposition']).toBe(`inline; filename="jahresbericht-mettmann-${YEAR}.pdf"`);
		expect(pdfPages(await published.body()).join(' ')).toContain('Frühe Hilfen Mettmann');
		// Another year, another network, a bad name: 404.
		expect((await page.request.get(`${h.server.url}/mettmann/jahresbericht/2019.pdf`)).status()).toBe(404);
		expect((await page.request.get(`${h.server.url}/herten/jahresbericht/${YEAR}.pdf`)).status()).toBe(404);
		expect((await page.request.get(`${h.server.url}/mettmann/jahresbericht/x.pdf`)).status()).toBe(404);

		// Withdraw: the link and the file are gone.
		await s.visit(`${h.server.url}/intern/berichte?jahr=${YEAR}`);
		expect(await page.getByRole('main').textContent()).toMatch(/Veröffentlicht am \d{2}\.\d{2}\.\d{4}/);
		await page.getByRole('button', { name: 'Veröffentlichung zurückziehen' }).click();
		await page.getByRole('status').waitFor();
		await s.checkA11y();
		expect(await page.getByRole('status').textContent()).toContain(
			`Der Jahresbericht ${YEAR} ist nicht mehr auf der Netzwerkseite.`
		);
		await s.visit(`${h.server.url}/mettmann/netzwerk`);
		expect(await page.getByRole('link', { name: `Jahresbericht ${YEAR} (PDF)` }).count()).toBe(0);
		expect((await page.request.get(`${h.server.url}/mettmann/jahresbericht/${YEAR}.pdf`)).status()).toBe(404);
		s.assertAllChecked();
		await s.close();
	}, 120_000);

	it('a member gets neither the report nor the publishing', async () => {
		const s = await openSession(h.browser);
		await logInAs(s, h.server.url, 'mitglied.mettmann@example.org');
		const pdf = await s.page.request.get(`${h.server.url}/intern/berichte/jahresbericht/${YEAR}.pdf`);
		expect(pdf.status()).toBe(403);
		const page = await s.visit(`${h.server.url}/intern/berichte`);
		expect(page?.status()).toBe(403);
		s.assertAllChecked();
		await s.close();
	});
});
