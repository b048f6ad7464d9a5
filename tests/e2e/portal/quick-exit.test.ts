import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

// The neutral page is set to about:blank here: the default leads to another host, which this
// machine cannot reach.
const NEUTRAL = 'about:blank';

describe('quick exit', () => {
	const h = e2eHarness({ env: { QUICK_EXIT_URL: NEUTRAL } });

	const openOffer = async (s: Awaited<ReturnType<typeof openSession>>, path: string) => {
		await s.visit(`${h.server.url}${path}`);
		await s.page.locator('.hit h3 a').first().click();
		await s.page.waitForURL(/\/angebote\/[0-9a-f-]{36}/);
		await s.checkA11y();
		return s.page.url();
	};

	it('leaves with Shift pressed three times, and Back does not return to the page', async () => {
		const s = await openSession(h.browser, { viewport: { width: 360, height: 740 } });
		const offer = await openOffer(s, '/mettmann/angebote?q=Beratung');
		// Typing a capital letter is Shift + letter and must not count.
		await s.page.keyboard.press('Shift+A');
		await s.page.keyboard.press('Shift');
		await s.page.keyboard.press('Shift');
		expect(s.page.url()).toBe(offer);
		await s.page.keyboard.press('Shift');
		await s.page.waitForURL(NEUTRAL);
		await s.page.goBack();
		expect(s.page.url()).not.toBe(offer);
		expect(new URL(s.page.url()).pathname).toBe('/mettmann/angebote');
		s.assertAllChecked();
		await s.close();
	});

	it('leaves with Escape twice and with the link, replacing the page; the link stays in view while scrolling', async () => {
		const s = await openSession(h.browser, { viewport: { width: 360, height: 740 } });
		const offer = await openOffer(s, '/herten/tr/angebote?q=Beratung');
		const exit = s.page.getByRole('link', { name: 'Sayfadan hızlıca çık' });
		await s.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		expect(await s.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		const box = await exit.boundingBox();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y).toBeLessThan(100);
		// The keys are named where a keyboard is likely (not on a 360 px phone: the first screen is the page's).
		const keys = s.page.getByText('Veya: Shift tuşuna 3 kez basın');
		expect(await keys.isVisible()).toBe(false);
		await s.page.setViewportSize({ width: 1024, height: 740 });
		expect(await keys.isVisible()).toBe(true);
		await s.page.keyboard.press('Escape');
		await s.page.keyboard.press('Escape');
		await s.page.waitForURL(NEUTRAL);
		await s.page.goBack();
		expect(s.page.url()).not.toBe(offer);

		const again = await openOffer(s, '/herten/angebote?q=Beratung');
		await s.page.getByRole('link', { name: 'Seite schnell verlassen' }).click();
		await s.page.waitForURL(NEUTRAL);
		await s.page.goBack();
		expect(s.page.url()).not.toBe(again);
		s.assertAllChecked();
		await s.close();
	});

	it('is a plain link without JavaScript, and the page says how to delete the history', async () => {
		const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto(`${h.server.url}/mettmann`);
		expect(await page.getByRole('link', { name: 'Seite schnell verlassen' }).getAttribute('href')).toBe(NEUTRAL);
		expect(await page.getByText('Oder: 3 × Umschalt-Taste').isVisible()).toBe(false);
		expect(await page.getByText('Strg + Umschalt + Entf', { exact: false }).isVisible()).toBe(true);
		await context.close();
	});
});
