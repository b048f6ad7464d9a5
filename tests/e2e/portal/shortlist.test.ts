import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

describe('Merkliste', () => {
	const h = e2eHarness();

	it('adds offers from the search and the offer page, keeps them in the URL, removes one and downloads a PDF', async () => {
		const s = await openSession(h.browser);
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
		const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
		expect(titles).toEqual(['Krabbelgruppe', 'Babymassage']);

		// The PDF carries both offers with links to their live pages.
		const pdfHref = await page.getByRole('link', { name: 'Merkliste als PDF herunterladen' }).getAttribute('href');
		const res = await fetch(new URL(pdfHref!, h.server.url));
		expect(res.headers.get('content-type')).toBe('application/pdf');
		const pdf = Buffer.from(await res.arrayBuffer());
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const ids = new URL(page.url()).searchParams.get('merkliste')!.split(',');
		for (const id of ids) expect(pdf.includes(`/mettmann/angebote/${id}`)).toBe(true);

		await page.getByRole('link', { name: /^Von der Merkliste entfernen\s*: Krabbelgruppe$/ }).click();
		await page.waitForLoadState('load');
		await s.checkA11y();
		expect(await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Babymassage']);
		expect(await s.context.cookies()).toEqual([]);
		s.assertAllChecked();
		await s.close();
	});

	it('explains an empty Merkliste', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/mettmann/en/merkliste`);
		expect(await s.page.getByText('Your saved list is empty.', { exact: false }).count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});
});
