import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

describe('offer search and offer page', () => {
	const h = e2eHarness();

	it('finds offers despite a typo, narrows and widens with facets, pages, and opens an offer', async () => {
		const s = await openSession(h.browser);
		const hosts = new Set<string>();
		s.page.on('request', (r) => hosts.add(new URL(r.url()).host));
		const page = s.page;
		await s.visit(`${h.server.url}/herten`);
		await page.getByRole('link', { name: 'Angebote finden' }).click();
		await page.waitForURL(/\/herten\/angebote$/);
		await s.checkA11y();

		await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('hebame');
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.waitForURL(/q=hebame/);
		await s.checkA11y();
		const results = page.getByRole('region', { name: /Angebote gefunden/ });
		expect(await results.getByRole('heading', { level: 3 }).first().textContent()).toBe('Hebammensprechstunde');
		const total = Number((await page.locator('#results-title').textContent())!.match(/\d+/)![0]);

		// Narrow: pregnancy only.
		await page
			.getByRole('region', { name: 'Filter' })
			.getByRole('link', { name: /^Schwangerschaft \(\d+\)$/ })
			.click();
		await page.waitForURL(/lebensphase=schwangerschaft/);
		await s.checkA11y();
		const narrowed = Number((await page.locator('#results-title').textContent())!.match(/\d+/)![0]);
		expect(narrowed).toBeLessThan(total);
		// Widen again by removing the chip.
		await page.getByRole('link', { name: 'Schwangerschaft entfernen' }).click();
		await page.waitForURL((u) => !u.search.includes('lebensphase'));
		await s.checkA11y();
		expect(Number((await page.locator('#results-title').textContent())!.match(/\d+/)![0])).toBe(total);

		// Nothing found with a filter: "Meinten Sie" and the coordinator's contact.
		await s.visit(`${h.server.url}/herten/angebote?q=krabelgrupe&lebensphase=grundschule`);
		expect(await page.locator('#results-title').textContent()).toContain('Keine Angebote gefunden');
		expect(await page.getByRole('link', { name: 'Netzwerkkoordination kontaktieren' }).count()).toBe(1);
		await page.getByRole('link', { name: '„krabbelgruppe“' }).click();
		await page.waitForURL(/q=krabbelgruppe/);
		await s.checkA11y();

		// Pagination over all offers.
		await s.visit(`${h.server.url}/herten/angebote`);
		await page.getByRole('link', { name: 'Nächste Seite' }).click();
		await page.waitForURL(/seite=2/);
		await s.checkA11y();
		expect(await page.getByText(/Seite 2 von \d+/).count()).toBe(1);

		// Offer page.
		await s.visit(`${h.server.url}/herten/angebote?q=Schreiambulanz`);
		await page.getByRole('link', { name: 'Schreibaby-Beratung' }).first().click();
		await page.waitForURL(/\/herten\/angebote\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Schreibaby-Beratung');
		expect(await page.getByText(/^Zuletzt geprüft am \d{1,2}\. \p{L}+ \d{4}$/u).count()).toBe(1);
		expect(await page.getByText(/^Heute (geöffnet|geschlossen)$/).count()).toBe(1);
		expect(
			await page
				.getByRole('main')
				.getByRole('link', { name: /^0221 4710 \d{3}$/ })
				.first()
				.getAttribute('href')
		).toMatch(/^tel:022147100?\d+/);
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(ld).toMatchObject({ '@type': 'Service', name: 'Schreibaby-Beratung', url: page.url() });
		expect(ld).not.toHaveProperty('isAccessibleForFree');
		// Besides the JSON-LD, only our own small scripts: no inline or foreign code.
		expect(
			await page
				.locator('script:not([type="application/ld+json"])')
				.evaluateAll((all) => all.map((el) => el.getAttribute('src')))
		).toEqual(['/quick-exit.js', '/portal.js', '/shortlist.js']);

		expect(await s.context.cookies()).toEqual([]);
		expect([...hosts]).toEqual([new URL(h.server.url).host]);
		s.assertAllChecked();
		await s.close();
	});

	it('shows an offer’s Einzugsgebiet on its page, in the JSON-LD and in another language', async () => {
		const s = await openSession(h.browser);
		const page = s.page;
		await s.visit(`${h.server.url}/herten/angebote?q=Familienhebamme`);
		await page
			.getByRole('main')
			.getByRole('link', { name: /^Familienhebamme – Hausbesuche/ })
			.first()
			.click();
		await page.waitForURL(/\/herten\/angebote\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		const served = page.locator('dt', { hasText: /^Einzugsgebiet$/ }).locator('+ dd');
		const names = (await served.textContent())!.trim().split(', ');
		// The demo midwives visit homes in three districts each.
		expect(names.length).toBeGreaterThanOrEqual(3);
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect((ld.areaServed as { name: string }[]).map((a) => a.name)).toEqual(names);
		await s.visit(page.url().replace('/herten/angebote/', '/herten/en/angebote/'));
		await s.checkA11y();
		expect(
			(await page
				.locator('dt', { hasText: /^Area served$/ })
				.locator('+ dd')
				.textContent())!.trim()
		).toBe(names.join(', '));

		await s.visit(`${h.server.url}/herten/angebote?q=Elterntelefon`);
		await page.getByRole('main').getByRole('link', { name: 'Elterntelefon und Online-Beratung' }).first().click();
		await page.waitForURL(/\/herten\/angebote\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(
			await page
				.locator('dt', { hasText: /^Einzugsgebiet$/ })
				.locator('+ dd')
				.textContent()
		).toMatch(/^\s*Ganzes Netzwerkgebiet \(.+\)\s*$/);
		s.assertAllChecked();
		await s.close();
	});

	it('searches with JavaScript disabled', async () => {
		const context = await h.browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
		const page = await context.newPage();
		await page.goto(`${h.server.url}/sonneberg/angebote`);
		await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Pädiater');
		await page.getByRole('button', { name: 'Suchen' }).click();
		await page.waitForURL(/q=P/);
		expect(
			await page
				.getByRole('region', { name: /Angebote gefunden/ })
				.getByRole('heading', { level: 3 })
				.first()
				.textContent()
		).toBe('Kinderarzt-Sprechstunde mit Dolmetschung');
		await context.close();
	});

	it('answers an unknown offer with 404', async () => {
		const s = await openSession(h.browser);
		const response = await s.visit(`${h.server.url}/herten/angebote/00000000-0000-0000-0000-000000000000`);
		expect(response?.status()).toBe(404);
		const bad = await s.visit(`${h.server.url}/herten/angebote/kein-angebot`);
		expect(bad?.status()).toBe(404);
		s.assertAllChecked();
		await s.close();
	});
});

describe('closures and course dates on the offer page', () => {
	const h = e2eHarness();

	it('shows a current closure notice and upcoming course dates', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/mettmann/angebote?q=Elterncaf%C3%A9`);
		const links = s.page.getByRole('main').getByRole('link', { name: 'Elterncafé', exact: true });
		let found = false;
		for (let i = 0; i < (await links.count()) && !found; i++) {
			await s.visit(`${h.server.url}${await links.nth(i).getAttribute('href')}`);
			found = (await s.page.getByRole('region', { name: 'Aktuelle Hinweise' }).count()) === 1;
			if (!found) await s.visit(`${h.server.url}/mettmann/angebote?q=Elterncaf%C3%A9`);
		}
		expect(found).toBe(true);
		expect(await s.page.getByRole('region', { name: 'Aktuelle Hinweise' }).textContent()).toMatch(
			/Geschlossen vom .+ bis .+: Das Elterncafé macht Ferienpause\./
		);

		await s.visit(`${h.server.url}/mettmann/angebote?q=Babymassage`);
		await s.page.getByRole('main').getByRole('link', { name: 'Babymassage', exact: true }).first().click();
		await s.page.waitForURL(/\/angebote\/[0-9a-f-]{36}/);
		await s.checkA11y();
		expect(await s.page.getByRole('heading', { name: 'Nächste Termine' }).count()).toBe(1);
		expect(await s.page.locator('ul.dates li').count()).toBe(5);
		s.assertAllChecked();
		await s.close();
	});
});
