import { describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openSession } from '../support/browser';
import { e2eHarness } from '../support/harness';
import { logInAs } from '../support/auth';

/** A municipal website on another origin that embeds the widget. */
async function hostPage(widgetUrl: string) {
	const server = http.createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><html lang="de"><head><title>Musterstadt</title></head><body><main><h1>Musterstadt</h1><iframe src="${widgetUrl}" title="Angebote suchen" width="600" height="400"></iframe></main></body></html>`
		);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((r) => server.close(r))
	};
}

describe('embeddable widget', () => {
	const h = e2eHarness();

	it('shows the snippets, is framed only by listed origins, and its results open the portal', async () => {
		const s = await openSession(h.browser);
		await s.visit(`${h.server.url}/herten/einbetten`);
		await s.checkA11y();
		expect(await s.page.locator('pre').first().textContent()).toContain(`${h.server.url}/herten/widget`);
		expect(await s.page.getByText('Noch keine Website freigegeben').count()).toBe(1);

		const host = await hostPage(`${h.server.url}/herten/widget`);
		try {
			// Not listed yet: the browser refuses to render the widget inside the host page.
			await s.page.goto(host.url);
			const frame = s.page.frameLocator('iframe');
			await s.page.waitForTimeout(500);
			expect(await frame.getByRole('searchbox').count()).toBe(0);

			await logInAs(s, h.server.url, 'koordination.herten@example.org');
			// The snippet page is reachable from the coordinator's dashboard.
			await s.page.getByRole('link', { name: 'Such-Widget einbetten' }).click();
			await s.page.waitForURL(/\/herten\/einbetten$/);
			await s.checkA11y();
			await s.visit(`${h.server.url}/intern/einstellungen`);
			await s.page
				.getByLabel('Websites, die das Such-Widget einbetten dürfen')
				.fill(`${host.url}\nhttps://www.musterstadt.example`);
			await s.page.getByRole('button', { name: 'Speichern' }).click();
			await s.page.getByText('Die Einstellungen wurden gespeichert.').waitFor();
			await s.checkA11y();

			await s.page.goto(host.url);
			const allowed = s.page.frameLocator('iframe');
			await allowed.getByRole('searchbox', { name: 'Angebote suchen' }).waitFor();
			// axe checks the host page and the framed widget inside it.
			await s.checkA11y();
			await allowed.getByRole('searchbox', { name: 'Angebote suchen' }).fill('Babymassage');
			await allowed.getByRole('button', { name: 'Suchen' }).click();
			await allowed.getByText(/Angebote? gefunden/).waitFor();
			await allowed.getByRole('link', { name: 'Babymassage' }).first().click();
			await s.page.waitForURL(/\/herten\/angebote\/[0-9a-f-]{36}$/);
			await s.checkA11y();
		} finally {
			await host.close();
		}
		await s.visit(`${h.server.url}/herten/widget?q=Hebamme`);
		const res = await fetch(`${h.server.url}/herten/widget`);
		expect(res.headers.get('content-security-policy')).toContain('frame-ancestors http://127.0.0.1:');
		expect(res.headers.get('x-frame-options')).toBeNull();
		const portal = await fetch(`${h.server.url}/herten`);
		expect(portal.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		s.assertAllChecked();
		await s.close();
	});
});
