import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

describe('Merkliste', () => {
	const h = e2eHarness();

	it('adds offers from the search and the offer page, keeps them in the URL, removes one and downloads a PDF', async () => {
		const s = await openSession(h.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
		const page = s.page;
		await s.visit(`${h.server.url}/mettmann/angebote?q=Krabbelgruppe`);
		await page
			.getByRole('link', { name: /^Merken\s*: Krabbelgruppe$/ })
			.first()
			.click();
		await page.waitForURL(/merkliste=/);
		await s.checkA11y();
		expect(await page.getByText('✓ Gemerkt').count()).toBe(1);

		// Search something else: the list travels along in the URL.
		await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Babymassage');
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.waitForURL(/q=Babymassage.*merkliste=/);
		await s.checkA11y();
		await page.getByRole('link', { name: 'Babymassage' }).first().click();
		await page.waitForURL(/\/mettmann\/angebote\/[0-9a-f-]{36}\?merkliste=/);
		await s.checkA11y();
		await page.getByRole('link', { name: 'Merken', exact: true }).click();
		await page.waitForLoadState('load');
		await s.checkA11y();
		await page.getByRole('link', { name: 'Merkliste (2)' }).click();
		await page.waitForURL(/\/mettmann\/merkliste\?merkliste=/);
		await s.checkA11y();
		const titles = await page.getByRole('main').locator('ol h2').allTextContents();
		expect(titles).toEqual(['Krabbelgruppe', 'Babymassage']);

		// The PDF carries the help numbers and both offers with links to their live pages.
		const pdfHref = await page.getByRole('link', { name: 'Merkliste als PDF herunterladen' }).getAttribute('href');
		const res = await fetch(new URL(pdfHref!, h.server.url));
		expect(res.headers.get('content-type')).toBe('application/pdf');
		const pdf = Buffer.from(await res.arrayBuffer());
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
			.toString('utf8')
			.replace(/\s+/g, '');
		expect(text).toContain('HilfeundNotfall');
		expect(text).toContain('08001110550');
		const ids = new URL(page.url()).searchParams.get('merkliste')!.split(',');
		for (const id of ids) expect(text).toContain(`/mettmann/angebote/${id}`);

		// Share: the full link to copy (announced), and its QR code.
		const link = page.getByRole('textbox', { name: 'Link zu Ihrer Merkliste' });
		expect(await link.inputValue()).toBe(`${new URL(page.url()).origin}/mettmann/merkliste?merkliste=${ids.join(',')}`);
		expect(await link.getAttribute('readonly')).not.toBeNull();
		await page.getByRole('button', { name: 'Link kopieren' }).click();
		await expect.poll(() => page.locator('[aria-live="polite"][data-copy-status]').textContent()).toBe('Link kopiert');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
		expect(await page.getByRole('img', { name: 'QR-Code des Links zu Ihrer Merkliste' }).count()).toBe(1);

		// Remembered in this browser: the home page and the search without merkliste= offer it (built in the browser).
		await s.visit(`${h.server.url}/mettmann`);
		const remembered = page.getByRole('link', { name: 'Ihre Merkliste (2) öffnen' });
		await remembered.waitFor();
		await s.checkA11y();
		await s.visit(`${h.server.url}/mettmann/angebote`);
		await remembered.waitFor();
		await remembered.click();
		await page.waitForURL(/\/mettmann\/merkliste\?merkliste=/);
		expect(new URL(page.url()).searchParams.get('merkliste')).toBe(ids.join(','));

		await page.getByRole('link', { name: /^Von der Merkliste entfernen\s*: Krabbelgruppe$/ }).click();
		await page.waitForLoadState('load');
		await s.checkA11y();
		expect(await page.getByRole('main').getByRole('heading', { level: 2, name: 'Babymassage' }).count()).toBe(1);
		expect(await page.getByRole('main').getByRole('heading', { level: 2, name: 'Krabbelgruppe' }).count()).toBe(0);
		expect(await s.context.cookies()).toEqual([]);
		s.assertAllChecked();
		await s.close();
	});

	it('without JS: the link field is there to select, no copy button, nothing remembered', async () => {
		// axe needs JS in the page: the same pages are checked with JS above.
		const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto(`${h.server.url}/mettmann/angebote?q=Krabbelgruppe`);
		const href = await page
			.getByRole('link', { name: /^Merken\s*: Krabbelgruppe$/ })
			.first()
			.getAttribute('href');
		const id = new URL(href!, h.server.url).searchParams.get('merkliste')!;
		await page.goto(`${h.server.url}/mettmann/merkliste?merkliste=${id}`);
		expect(await page.getByRole('textbox', { name: 'Link zu Ihrer Merkliste' }).inputValue()).toContain(id);
		expect(await page.getByRole('button', { name: 'Link kopieren' }).count()).toBe(0);
		expect(await page.getByRole('img', { name: 'QR-Code des Links zu Ihrer Merkliste' }).count()).toBe(1);
		await page.goto(`${h.server.url}/mettmann`);
		expect(await page.getByRole('link', { name: /Ihre Merkliste/ }).count()).toBe(0);
		await context.close();
	});

	it('explains an empty Merkliste', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/mettmann/en/merkliste`);
		expect(await s.page.getByText('Your saved list is empty.', { exact: false }).count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});
});
