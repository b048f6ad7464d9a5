import { describe, expect, it } from 'vitest';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { MAP_COLOURS } from '$lib/portal/map-colours';

describe('map of the search', () => {
	const h = e2eHarness();

	it('draws the results as markers without any request to another host, and lists the addresses', async () => {
		const s = await openSession(h.browser);
		const hosts = new Set<string>();
		s.page.on('request', (r) => hosts.add(new URL(r.url()).host));
		await s.visit(`${h.server.url}/herten/angebote?q=Elterncaf%C3%A9`);
		await s.page.getByRole('link', { name: 'Auf der Karte zeigen' }).click();
		await s.page.waitForURL(/\/herten\/karte\?q=/);
		await s.page.locator('.leaflet-interactive').first().waitFor();
		await s.checkA11y();
		const listed = await s.page.locator('.places li').count();
		expect(listed).toBeGreaterThan(0);
		expect(await s.page.locator('path.leaflet-interactive').count()).toBe(listed);
		expect(await s.page.getByText('Ohne Kartenhintergrund', { exact: false }).count()).toBe(1);
		// Orientation without tiles: every district of Herten drawn as an area with its name.
		expect(await s.page.locator('.leaflet-overlay-pane path:not(.leaflet-interactive)').count()).toBe(5);
		expect((await s.page.locator('.district-label').allTextContents()).sort()).toEqual([
			'Disteln',
			'Herten-Mitte',
			'Langenbochum',
			'Scherlebeck',
			'Westerholt'
		]);
		// Markers in the dark colour checked for ≥ 3:1 against the district tints (map-colours.test.ts).
		expect(
			new Set(
				await s.page.locator('path.leaflet-interactive').evaluateAll((all) => all.map((p) => p.getAttribute('fill')))
			)
		).toEqual(new Set([MAP_COLOURS.MARKER]));
		expect(
			await s.page.getByRole('list').filter({ hasText: 'Stadtteil' }).getByText('Ort eines Angebots').count()
		).toBe(1);
		await s.page.locator('path.leaflet-interactive').first().click();
		await s.page.locator('.leaflet-popup-content a').waitFor();
		expect([...hosts]).toEqual([new URL(h.server.url).host]);
		expect(await s.context.cookies()).toEqual([]);
		s.assertAllChecked();
		await s.close();
	});

	it('is a list of addresses without JavaScript', async () => {
		const context = await h.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${h.server.url}/herten/en/karte?lebensphase=schwangerschaft`);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Services on the map');
		expect(await page.locator('.places li').count()).toBeGreaterThan(3);
		await context.close();
	});
});
