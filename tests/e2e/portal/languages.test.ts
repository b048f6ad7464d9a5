import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

describe('portal languages', () => {
	const h = e2eHarness();

	it('switches to Turkish on the same search, keeping the query', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/herten/angebote?q=Elterncaf%C3%A9&lebensphase=0-1`);
		await s.page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'Türkçe' }).click();
		await s.page.waitForURL(/\/herten\/tr\/angebote\?q=Elterncaf/);
		await s.checkA11y();
		expect(await s.page.locator('html').getAttribute('lang')).toBe('tr');
		expect(await s.page.getByRole('heading', { level: 1 }).textContent()).toBe('Hizmet bul');
		expect(await s.page.locator('#results-title').textContent()).toMatch(/hizmet bulundu/);
		// Translated offer text where the offer has one.
		expect(await s.page.getByRole('link', { name: 'Ebeveyn kafesi' }).count()).toBeGreaterThan(0);
		expect(await s.page.getByRole('link', { name: 'Bebek (0–1 yaş) filtresini kaldır' }).count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});

	it('renders Arabic right to left and falls back to German offer texts with a note', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/herten/ar`);
		expect(await s.page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await s.page.locator('html').getAttribute('lang')).toBe('ar');
		expect(await s.page.getByRole('complementary', { name: 'المساعدة والطوارئ' }).count()).toBe(1);
		await s.page.getByRole('link', { name: 'البحث عن خدمات' }).first().click();
		await s.page.waitForURL(/\/herten\/ar\/angebote$/);
		await s.checkA11y();
		await s.visit(`${h.server.url}/herten/ar/angebote?q=Babymassage`);
		await s.page.getByRole('link', { name: 'Babymassage' }).first().click();
		await s.page.waitForURL(/\/herten\/ar\/angebote\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(await s.page.getByText('بالألمانية فقط', { exact: true }).first().isVisible()).toBe(true);
		expect(await s.page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('de');
		await s.page.getByRole('contentinfo').getByRole('link', { name: 'حماية البيانات' }).click();
		await s.page.waitForURL(/\/herten\/ar\/datenschutz$/);
		await s.checkA11y();
		s.assertAllChecked();
		await s.close();
	});

	it.each(['leicht', 'en', 'ru', 'uk', 'pl', 'fa'])('serves the network page and the search in %s', async (locale) => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/sonneberg/${locale}`);
		await s.visit(`${h.server.url}/sonneberg/${locale}/angebote?q=Hebamme`);
		expect(await s.page.locator('html').getAttribute('dir')).toBe(locale === 'fa' ? 'rtl' : 'ltr');
		expect(await s.page.locator('html').getAttribute('lang')).toBe(locale === 'leicht' ? 'de' : locale);
		s.assertAllChecked();
		await s.close();
	});

	it('passes axe on the Merkliste, the map and the widget in Arabic, and prints the offer page without navigation', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/herten/ar/merkliste`);
		await s.visit(`${h.server.url}/herten/ar/karte?q=Hebamme`);
		await s.visit(`${h.server.url}/herten/ar/widget?q=Hebamme`);
		expect(await s.page.locator('html').getAttribute('dir')).toBe('rtl');
		await s.visit(`${h.server.url}/herten/angebote?q=Stillgruppe`);
		await s.page.getByRole('main').getByRole('link', { name: 'Stillgruppe', exact: true }).first().click();
		await s.page.waitForURL(/\/angebote\/[0-9a-f-]{36}/);
		await s.checkA11y();
		await s.page.emulateMedia({ media: 'print' });
		expect(await s.page.getByRole('link', { name: 'Seite schnell verlassen' }).isVisible()).toBe(false);
		expect(await s.page.getByRole('link', { name: 'Zurück zur Suche' }).isVisible()).toBe(false);
		expect(await s.page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
		s.assertAllChecked();
		await s.close();
	});

	it('answers an unknown language prefix with 404', async () => {
		const res = await fetch(`${h.server.url}/herten/xx/angebote`);
		expect(res.status).toBe(404);
	});
});
