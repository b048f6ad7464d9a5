import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

const PHONE = { width: 360, height: 640 };

/** Is the element's box entirely inside the first screen (the viewport without scrolling)? */
async function inFirstScreen(page: Page, selector: ReturnType<Page['locator']>) {
	const box = await selector.boundingBox();
	return box !== null && box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
}

async function sidewaysScroll(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('portal on a phone', () => {
	const h = e2eHarness();

	async function offerIds(path: string) {
		const html = await (await fetch(`${h.server.url}${path}`)).text();
		return [...new Set([...html.matchAll(/angebote\/([0-9a-f-]{36})/g)].map((m) => m[1]!))];
	}

	it('never scrolls sideways at 320 px (400 % zoom), in German and Arabic, with and without JavaScript', async () => {
		const [offer] = await offerIds('/herten/angebote?q=Beratung');
		const paths = (prefix: string) => [
			prefix,
			`${prefix}/angebote?q=Familienberatung`,
			`${prefix}/angebote/${offer}`,
			`${prefix}/netzwerk`,
			`${prefix}/merkliste?merkliste=${offer}`,
			`${prefix}/karte?q=Familie`,
			`${prefix}/datenschutz`,
			`${prefix}/impressum`,
			`${prefix}/barrierefreiheit`
		];
		const s = await openSession(h.browser, { viewport: { width: 320, height: 640 } });
		for (const path of [...paths('/herten'), ...paths('/herten/ar')]) {
			await s.visit(`${h.server.url}${path}`);
			expect(await sidewaysScroll(s.page), path).toBeLessThanOrEqual(0);
		}
		s.assertAllChecked();
		await s.close();

		const noScripts = await openSession(h.browser, { viewport: { width: 320, height: 640 }, withoutScripts: true });
		const [mettmannOffer] = await offerIds('/mettmann/angebote');
		for (const path of [...paths('/mettmann'), ...paths('/mettmann/fa')]) {
			await noScripts.visit(`${h.server.url}${path.replace(offer!, mettmannOffer!)}`);
			expect(await sidewaysScroll(noScripts.page), path).toBeLessThanOrEqual(0);
		}
		noScripts.assertAllChecked();
		await noScripts.close();
	});

	it('shows the filters as a closed "Filter (n aktiv)" disclosure above the results, and focus lands on the results heading after a filter', async () => {
		const s = await openSession(h.browser, { viewport: PHONE });
		const page = s.page;
		await s.visit(`${h.server.url}/herten/angebote?q=Beratung&lebensphase=0-1`);
		const summary = page.getByText('Filter (1 aktiv)', { exact: true });
		const results = page.locator('#results-title');
		expect((await summary.boundingBox())!.y).toBeLessThan((await results.boundingBox())!.y);
		expect(await page.locator('details.facets').getAttribute('open')).toBeNull();
		// Closed: the facet links are not shown until the family opens the disclosure.
		const pregnancy = page.getByRole('link', { name: /^Schwangerschaft \(\d+\)$/ });
		expect(await pregnancy.isVisible()).toBe(false);
		await summary.click();
		await pregnancy.click();
		await page.waitForURL(/lebensphase=schwangerschaft.*#ergebnisse$/);
		await s.checkA11y();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-title');
		expect(await inFirstScreen(page, results)).toBe(true);
		expect(await page.getByText('Filter (2 aktiv)', { exact: true }).count()).toBe(1);

		// A new search lands there too; one Tab later the first result's link has the focus.
		await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Hebamme');
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.waitForURL(/q=Hebamme.*#ergebnisse$/);
		await s.checkA11y();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-title');

		// "Merken" comes back to the saved offer, not to the top of the page.
		await s.visit(`${h.server.url}/herten/angebote?q=Beratung`);
		const third = page.locator('.hit').nth(2);
		const thirdId = await third.getAttribute('id');
		await third.getByRole('link', { name: /^Merken/ }).click();
		await page.waitForURL(new RegExp(`merkliste=.*#${thirdId}$`));
		await s.checkA11y();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(thirdId);
		expect(await page.locator(`#${thirdId}`).getByText('✓ Gemerkt').count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});

	it('lands on #ergebnisse without JavaScript, and keeps the filters as a sidebar on a wide screen', async () => {
		const context = await h.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${h.server.url}/sonneberg/angebote?q=Beratung`);
		await page.locator('details.facets > summary').click();
		await page
			.getByRole('link', { name: /^Baby \(0–1 Jahr\) \(\d+\)$/ })
			.first()
			.click();
		await page.waitForURL(/#ergebnisse$/);
		expect(await inFirstScreen(page, page.locator('#results-title'))).toBe(true);
		await context.close();

		for (const withoutScripts of [false, true]) {
			const s = await openSession(h.browser, { viewport: { width: 1280, height: 900 }, withoutScripts });
			await s.visit(`${h.server.url}/sonneberg/angebote?q=Beratung`);
			const facet = s.page.getByRole('link', { name: /^Schwangerschaft \(\d+\)$/ });
			expect(await facet.isVisible(), `without scripts: ${withoutScripts}`).toBe(true);
			expect(await s.page.locator('details.facets > summary').isVisible()).toBe(false);
			// Beside the results, not above them.
			const results = (await s.page.locator('#results-title').boundingBox())!;
			expect((await facet.boundingBox())!.x).toBeGreaterThan(results.x);
			s.assertAllChecked();
			await s.close();
		}
	});

	it('puts the offer title, "heute offen", the phone number and the address into the first screen', async () => {
		for (const withoutScripts of [false, true]) {
			const s = await openSession(h.browser, { viewport: PHONE, withoutScripts });
			await s.visit(`${h.server.url}/herten/angebote?q=Schreiambulanz`);
			await s.page.getByRole('link', { name: 'Schreibaby-Beratung' }).first().click();
			await s.page.waitForURL(/\/herten\/angebote\/[0-9a-f-]{36}$/);
			await s.checkA11y();
			const page = s.page;
			const glance = page.getByRole('region', { name: 'Auf einen Blick' });
			expect(await inFirstScreen(page, page.getByRole('heading', { level: 1 }))).toBe(true);
			expect(await inFirstScreen(page, glance.getByText(/^Heute (geöffnet|geschlossen)/))).toBe(true);
			const phone = glance.getByRole('link', { name: /^0221 4710 \d{3}$/ });
			expect(await phone.getAttribute('href')).toMatch(/^tel:/);
			expect(await inFirstScreen(page, phone)).toBe(true);
			expect(await inFirstScreen(page, glance.getByText(/\d{5} Herten/))).toBe(true);
			// The language list is one line on a phone and opens on demand.
			const languages = page.getByRole('navigation', { name: 'Sprache wählen' });
			expect(await languages.getByRole('link', { name: 'Türkçe' }).isVisible()).toBe(false);
			await languages.locator('summary').click();
			expect(await languages.getByRole('link', { name: 'Türkçe' }).isVisible()).toBe(true);
			s.assertAllChecked();
			await s.close();
		}
	});
});
