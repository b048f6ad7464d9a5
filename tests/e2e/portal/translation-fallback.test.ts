import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';

describe('German fallback text on translated pages', () => {
	const h = e2eHarness();

	it('marks an untranslated offer on the Arabic page as German, left to right, with a visible note (360 px)', async () => {
		const s = await openSession(h.browser, { viewport: { width: 360, height: 740 } });
		await s.visit(`${h.server.url}/herten/ar/angebote?q=Babymassage`);
		// Topic facets (in the closed filter disclosure on a phone) and the nationwide help numbers come in
		// Arabic (shipped translations).
		await s.page.locator('details.facets > summary').click();
		expect(await s.page.getByRole('link', { name: /^الصحة \(\d+\)/ }).count()).toBe(1);
		expect(await s.page.getByText('الشرطة', { exact: false }).count()).toBeGreaterThan(0);
		// In the result list: the German title is marked German inside the Arabic page.
		const hitTitle = s.page.locator('.hit h3 [lang="de"]').first();
		expect(await hitTitle.getAttribute('dir')).toBe('ltr');
		expect(await s.page.getByText('بالألمانية فقط', { exact: true }).first().isVisible()).toBe(true);
		await s.page.getByRole('link', { name: 'Babymassage' }).first().click();
		await s.page.waitForURL(/\/herten\/ar\/angebote\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		expect(await s.page.locator('html').getAttribute('dir')).toBe('rtl');
		const heading = s.page.getByRole('heading', { level: 1 });
		expect(await heading.textContent()).toContain('Babymassage');
		expect(await heading.getAttribute('lang')).toBe('de');
		expect(await heading.getAttribute('dir')).toBe('ltr');
		// One note for the offer's German block, in Arabic, visible.
		const note = s.page.getByText('بالألمانية فقط', { exact: true });
		expect(await note.count()).toBe(1);
		expect(await note.isVisible()).toBe(true);
		expect(await note.getAttribute('lang')).toBe('ar');
		// The summary is German too: inside an element marked German, left to right.
		const german = s.page.locator('article [lang="de"][dir="ltr"]');
		expect(await german.count()).toBeGreaterThanOrEqual(2);
		s.assertAllChecked();
		await s.close();
	});

	it('shows a translated title and summary in the page language, and notes only the German description', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/herten/tr/angebote?q=Elterncaf%C3%A9`);
		await s.page.getByRole('link', { name: 'Ebeveyn kafesi' }).first().click();
		await s.page.waitForURL(/\/herten\/tr\/angebote\/[0-9a-f-]{36}$/);
		await s.checkA11y();
		const heading = s.page.getByRole('heading', { level: 1 });
		expect(await heading.textContent()).toContain('Ebeveyn kafesi');
		expect(await heading.getAttribute('lang')).toBeNull();
		expect(await s.page.locator('.lead [lang]').count()).toBe(0);
		// Its description is not translated: that block alone is German, with one note.
		expect(await s.page.locator('article div[lang="de"][dir="ltr"]').count()).toBe(1);
		expect(await s.page.getByText('yalnızca Almanca', { exact: true }).count()).toBe(1);
		s.assertAllChecked();
		await s.close();
	});
});
