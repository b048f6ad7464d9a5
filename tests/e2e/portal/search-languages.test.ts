import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

/** Issue 13, item 2: search in the family's words and language (ADR 0023). */
describe('search in the family’s language', () => {
	const h = e2eHarness();

	it.each([
		[360, true],
		[1280, true]
	])(
		'at %i px (JS %s): Turkish finds the Turkish translation, “türkisch” sets the filter, stop words say so',
		async (width, javaScriptEnabled) => {
			const s = await openSession(h.browser, { viewport: { width, height: 800 }, javaScriptEnabled });
			const page = s.page;

			// A Turkish query on the Turkish page finds the offer through its Turkish translation.
			await s.visit(`${h.server.url}/mettmann/tr/angebote?q=${encodeURIComponent('ebe arıyorum')}`);
			const titles = await page.locator('.hits h3').allTextContents();
			expect(titles.slice(0, 3).map((t) => t.trim())).toContain('Ebe danışma saati');

			// German "türkisch" is understood as the language filter, shown, and can be undone.
			await s.visit(`${h.server.url}/mettmann/angebote?q=${encodeURIComponent('Hebamme türkisch')}`);
			const notice = page.locator('.search-notice');
			expect(await notice.textContent()).toMatch(/Gesucht:\s*hebamme\s*· Sprache: Türkisch/);
			expect(await page.locator('.hits > li').count()).toBeGreaterThan(0);
			const undo = await notice.getByRole('link', { name: 'Ohne diese Filter suchen' }).getAttribute('href');
			expect(undo).toMatch(/genau=1/);
			await s.visit(`${h.server.url}${undo}`);
			expect(await page.locator('.search-notice').count()).toBe(0);

			// Only stop words: a normal page that says so, no list, the life-stage entry offered.
			await s.visit(`${h.server.url}/mettmann/angebote?q=${encodeURIComponent('und oder mit der')}`);
			expect(await page.locator('.search-notice').textContent()).toContain('kein Wort gefunden');
			expect(await page.locator('.hits > li').count()).toBe(0);
			expect(await page.getByRole('link', { name: 'Angebote nach Lebensphase finden' }).getAttribute('href')).toBe(
				'/mettmann#lebensphase'
			);
			s.assertAllChecked();
			await s.close();
		}
	);

	it('works without JavaScript (360 px): the Turkish query and the stop-word message', async () => {
		const context = await h.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${h.server.url}/mettmann/tr/angebote?q=ebe`);
		expect((await page.locator('.hits h3').allTextContents()).slice(0, 3).map((t) => t.trim())).toContain(
			'Ebe danışma saati'
		);
		await page.goto(`${h.server.url}/mettmann/angebote?q=und`);
		expect(await page.locator('.search-notice').textContent()).toContain('kein Wort gefunden');
		await context.close();
	});

	it('never answers bad input with an error or the whole list', async () => {
		const bad = [
			'x'.repeat(1000),
			'?!…;:"()[]',
			'%ED%A0%80', // a lone surrogate, UTF-8 encoded
			'\u202E\u2066\u200F',
			'аbс',
			"'); -- & | ! :* <>"
		];
		for (const q of bad) {
			const encoded = q.startsWith('%') ? q : encodeURIComponent(q);
			const res = await fetch(`${h.server.url}/mettmann/ar/angebote?q=${encoded}`);
			expect(res.status, q.slice(0, 20)).toBe(200);
			const html = await res.text();
			expect(html).not.toMatch(/class="hits"/);
		}
	});
});
