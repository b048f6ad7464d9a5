import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

const DEMO = [
	{ slug: 'mettmann', heading: /Mettmann/, text: /0 bis 6 Jahren/ },
	{ slug: 'moenchengladbach', heading: /Mönchengladbach/, text: /Geschäftsordnung/ },
	{ slug: 'sonneberg', heading: /Sonneberg/, text: /Kooperationsvereinbarung/ },
	{ slug: 'herten', heading: /Herten/, text: /zweimal im Jahr/ },
	{ slug: 'wilhelmshaven', heading: /Wilhelmshaven/, text: /Fachgremium/ }
];

describe('public network page', () => {
	const h = e2eHarness();

	it('answers /healthz with the database kind', async () => {
		const res = await fetch(`${h.server.url}/healthz`);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ status: 'ok', database: 'pglite' });
	});

	it.each(DEMO)(
		'shows $slug with banner, contact, help numbers and legal pages, no scripts, no cookies, no other host',
		async ({ slug, heading, text }) => {
			const s = await openSession(h.browser);
			const hosts = new Set<string>();
			s.page.on('request', (r) => hosts.add(new URL(r.url()).host));
			// The network's professional text and goals are on /{network}/netzwerk; home is for families.
			await s.visit(`${h.server.url}/${slug}/netzwerk`);
			const page = s.page;
			expect(await page.locator('main').textContent()).toMatch(text);
			await s.visit(`${h.server.url}/${slug}`);
			expect(await page.title()).toMatch(heading);
			expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hilfe und Angebote für Familien');
			expect(await page.getByText('Beispieldaten:').count()).toBe(1);
			expect(await page.getByRole('heading', { name: 'Kontakt zur Netzwerkkoordination' }).count()).toBe(1);
			expect(await page.getByText(/^(Jetzt erreichbar|Zurzeit nicht erreichbar)$/).count()).toBe(1);
			const help = page.getByRole('complementary', { name: 'Hilfe und Notfall' });
			expect(await help.getByRole('link', { name: '0800 40 40 020' }).getAttribute('href')).toBe('tel:08004040020');
			expect(await help.getByRole('link', { name: '116 016' }).count()).toBe(1);
			// Only our own small scripts (quick exit, focus after a search, the kept Merkliste); no inline or foreign code.
			expect(await page.locator('script').evaluateAll((all) => all.map((el) => el.getAttribute('src')))).toEqual([
				'/quick-exit.js',
				'/portal.js',
				'/shortlist.js'
			]);
			expect(await page.getByRole('link', { name: 'Seite schnell verlassen' }).getAttribute('href')).toMatch(
				/^https:\/\//
			);

			for (const [link, title] of [
				['Datenschutz', 'Datenschutzhinweise nach Art. 13 DSGVO'],
				['Impressum', 'Impressum'],
				['Barrierefreiheit', 'Erklärung zur Barrierefreiheit']
			] as const) {
				await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
				await s.checkA11y();
				expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
				expect(await page.locator('main').textContent()).toMatch(/example\.org/);
				await page.getByRole('link', { name: 'Startseite des Netzwerks' }).click();
				await s.checkA11y();
			}
			expect(await s.context.cookies()).toEqual([]);
			expect([...hosts]).toEqual([new URL(h.server.url).host]);
			s.assertAllChecked();
			await s.close();
		}
	);

	it.each([
		{ path: '/herten/netzwerk', lang: 'de', bodies: 'Gremien', join: 'Mitmachen' },
		{ path: '/herten/leicht/netzwerk', lang: 'de', bodies: 'Arbeits-Gruppen', join: 'Mit-machen' }
	])('names every section of $path and uses valid language tags (axe)', async ({ path, lang, bodies, join }) => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}${path}`);
		const main = s.page.getByRole('main');
		// A <section> without an accessible name is no region: all of them must be regions.
		const sections = await main.locator('section').count();
		expect(sections).toBeGreaterThan(4);
		expect(await main.getByRole('region').count()).toBe(sections);
		for (const name of ['Jugendamt / ASD', bodies, join])
			expect(await main.getByRole('region', { name, exact: true }).count()).toBe(1);
		expect(await s.page.locator('html').getAttribute('lang')).toBe(lang);
		expect(await s.page.locator('[lang="leicht"]').count()).toBe(0);
		s.assertAllChecked();
		await s.close();
	});

	it('works with JavaScript disabled in the browser', async () => {
		// axe itself needs JavaScript, so this session only reads; the same URLs are checked with axe above.
		const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto(`${h.server.url}/herten`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hilfe und Angebote für Familien');
		expect(await page.getByRole('banner').textContent()).toMatch(/Herten/);
		await page.getByRole('link', { name: 'Impressum' }).click();
		await page.waitForURL(/impressum$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Impressum');
		await page.goto(`${h.server.url}/anmelden`);
		await page.getByLabel('E-Mail-Adresse').fill('koordination.herten@example.org');
		await page.getByLabel('Passwort').fill('Beispiel-Passwort-2026');
		await page.getByRole('button', { name: 'Anmelden' }).click();
		await page.waitForURL(/zwei-faktor/);
		await context.close();
	});

	it('answers an unknown network with a German 404 page', async () => {
		const s = await openSession(h.browser);
		const response = await s.visit(`${h.server.url}/gibt-es-nicht`);
		expect(response?.status()).toBe(404);
		expect(await s.page.getByRole('heading', { level: 1 }).textContent()).toBe('Fehler 404');
		expect(await s.page.locator('main').textContent()).toContain('Diese Seite gibt es nicht.');
		s.assertAllChecked();
		await s.close();
	});

	it('lists the networks on the start page', async () => {
		const s = await openSession(h.browser);
		await s.visit(h.server.url);
		for (const { slug } of DEMO) expect(await s.page.locator(`a[href="/${slug}"]`).count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});

	it('refuses an oversized request with 413', async () => {
		const res = await fetch(`${h.server.url}/anmelden`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: h.server.url },
			body: 'email=' + 'a'.repeat(3 * 1024 * 1024)
		});
		expect(res.status).toBe(413);
	});
	it('tells search engines where the public pages are: robots.txt, the sitemaps, hreflang alternates', async () => {
		const robots = await (await fetch(`${h.server.url}/robots.txt`)).text();
		expect(robots).toContain('Disallow: /intern');
		expect(robots).toContain(`Sitemap: ${h.server.url}/sitemap.xml`);
		const index = await fetch(`${h.server.url}/sitemap.xml`);
		expect(index.headers.get('content-type')).toContain('application/xml');
		expect(await index.text()).toContain(`<loc>${h.server.url}/herten/sitemap.xml</loc>`);
		const sitemap = await (await fetch(`${h.server.url}/herten/sitemap.xml`)).text();
		expect(sitemap).toContain(`<loc>${h.server.url}/herten/tr/angebote</loc>`);
		expect(sitemap).toMatch(/<loc>[^<]+\/herten\/angebote\/[0-9a-f-]{36}<\/loc><lastmod>/);
		expect((await fetch(`${h.server.url}/niemand/sitemap.xml`)).status).toBe(404);
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/herten/ar/angebote`);
		const alternates = await s.page
			.locator('head link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
		expect(alternates).toContain(`de ${h.server.url}/herten/angebote`);
		expect(alternates).toContain(`uk ${h.server.url}/herten/uk/angebote`);
		expect(alternates).toContain(`x-default ${h.server.url}/herten/angebote`);
		s.assertAllChecked();
		await s.close();
	});
});
