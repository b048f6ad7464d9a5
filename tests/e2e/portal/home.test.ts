import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

type Session = Awaited<ReturnType<typeof openSession>>;

/** Whether the element's box ends within the first screen (the viewport's height from the top); works without JS. */
const inFirstScreen = async (s: Pick<Session, 'page'>, selector: string, height: number) => {
	const box = await s.page.locator(selector).first().boundingBox();
	return !!box && box.y >= 0 && box.y + box.height <= height;
};

/** Without JavaScript axe cannot run: a plain browser context; the same pages are checked with axe with JS on. */
async function plainSession(h: ReturnType<typeof e2eHarness>, viewport: { width: number; height: number }) {
	const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE', viewport });
	const page = await context.newPage();
	return {
		page,
		visit: (url: string) => page.goto(url),
		checkA11y: async () => {},
		assertAllChecked: () => {},
		close: () => context.close()
	};
}

describe('home page for families', () => {
	const h = e2eHarness();

	it.each([
		{ width: 360, height: 740, js: true },
		{ width: 360, height: 740, js: false },
		{ width: 1280, height: 800, js: true },
		{ width: 1280, height: 800, js: false }
	])(
		'first screen at $width px (JS $js) holds the search box, the life stages and the top help numbers',
		async ({ width, height, js }) => {
			const s = js
				? await openSession(h.browser, { viewport: { width, height } })
				: await plainSession(h, { width, height });
			await s.visit(`${h.server.url}/mettmann`);
			const page = s.page;
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hilfe und Angebote für Familien');
			expect(await inFirstScreen(s, '#home-q', height)).toBe(true);
			expect(await inFirstScreen(s, '#lebensphase-title', height)).toBe(true);
			expect(await inFirstScreen(s, '#lebensphase a[href*="lebensphase=schwangerschaft"]', height)).toBe(true);
			// Two or three numbers the network marked (the demo marks its own and two nationwide ones), as tel: links.
			const top = page.getByRole('region', { name: 'Schnelle Hilfe am Telefon' });
			const links = await top.locator('a[href^="tel:"]').count();
			expect(links).toBeGreaterThanOrEqual(2);
			expect(links).toBeLessThanOrEqual(3);
			expect(await top.getByRole('link', { name: /0800 40 40 020/ }).getAttribute('href')).toBe('tel:08004040020');
			// The full list stays further down.
			expect(await page.getByRole('complementary', { name: 'Hilfe und Notfall' }).count()).toBe(1);
			// The professional text moved to the network page.
			expect(await page.getByRole('heading', { name: 'Unsere Ziele' }).count()).toBe(0);
			expect(await page.getByRole('link', { name: 'Über das Netzwerk, Ziele und Partner' }).count()).toBe(1);
			s.assertAllChecked();
			await s.close();
		}
	);

	it('searches from the box, and a life-stage link leads to the filtered search (no JS)', async () => {
		const s = await plainSession(h, { width: 360, height: 740 });
		await s.visit(`${h.server.url}/mettmann`);
		const page = s.page;
		await page.getByLabel('Was suchen Sie?').fill('Hebamme');
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.waitForURL(/\/mettmann\/angebote\?q=Hebamme/);
		await s.checkA11y();
		await s.visit(`${h.server.url}/mettmann`);
		await page.getByRole('link', { name: 'Mein Kind ist 1–3' }).click();
		await page.waitForURL(/\/mettmann\/angebote\?lebensphase=1-3$/);
		await s.checkA11y();
		s.assertAllChecked();
		await s.close();
	});

	it('a guidance card leads to a prefilled search; age and due date pick the stage, bad input gets a message', async () => {
		const s = await plainSession(h, { width: 1280, height: 800 });
		await s.visit(`${h.server.url}/herten`);
		const page = s.page;
		const guidance = page.getByRole('region', { name: 'Was jetzt wichtig ist' });
		expect(await guidance.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
			'In der Schwangerschaft',
			'Im ersten Lebensjahr',
			'Mit Kind von 1 bis 3 Jahren',
			'Mit Kind von 3 bis 6 Jahren',
			'Im Grundschulalter'
		]);
		await guidance.getByRole('link', { name: 'Hebamme finden' }).click();
		await page.waitForURL(/\/herten\/angebote\?q=Hebamme&lebensphase=schwangerschaft$/);
		await s.checkA11y();
		expect(await page.getByRole('searchbox').first().inputValue()).toBe('Hebamme');

		await s.visit(`${h.server.url}/herten?alter=2`);
		expect(await page.getByRole('link', { name: 'Mein Kind ist 1–3' }).getAttribute('aria-current')).toBe('true');
		expect(await guidance.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
			'Mit Kind von 1 bis 3 Jahren'
		]);
		await s.visit(`${h.server.url}/herten?alter=99&termin=morgen`);
		expect(await page.getByRole('alert').textContent()).toContain('Bitte ein Alter von 0 bis 12 Jahren angeben.');
		expect(await page.getByText('Bitte ein Datum angeben, zum Beispiel 15.03.2027.').count()).toBe(2);
		expect(await guidance.getByRole('heading', { level: 3 }).count()).toBe(5);
		s.assertAllChecked();
		await s.close();
	});

	it('Arabic home is right to left, translated, and German network texts carry lang="de" dir="ltr"', async () => {
		const s = await openSession(h.browser, { viewport: { width: 360, height: 740 } });
		await s.visit(`${h.server.url}/mettmann/ar`);
		const page = s.page;
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('مساعدة وخدمات للعائلات');
		expect(await page.getByRole('link', { name: 'أنا حامل' }).getAttribute('href')).toBe(
			'/mettmann/ar/angebote?lebensphase=schwangerschaft'
		);
		expect(await page.getByRole('link', { name: 'ابحثي عن قابلة' }).count()).toBe(1);
		const label = page.getByRole('region', { name: 'مساعدة سريعة عبر الهاتف' }).locator('.label').first();
		expect(await label.getAttribute('lang')).toBe('de');
		expect(await label.getAttribute('dir')).toBe('ltr');
		s.assertAllChecked();
		await s.close();
	});

	it('does not scroll sideways at 320 px', async () => {
		for (const path of ['/mettmann', '/mettmann/ar', '/mettmann/netzwerk']) {
			const s = await openSession(h.browser, { viewport: { width: 320, height: 640 } });
			await s.visit(`${h.server.url}${path}`);
			const [scroll, inner] = await s.page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
			expect(scroll, path).toBeLessThanOrEqual(inner);
			s.assertAllChecked();
			await s.close();
		}
	});
});
