import { describe, it } from 'vitest';
import { openSession } from './support/browser';
import { e2eHarness } from './support/harness';
import { logInAs } from './support/auth';

describe('shots', () => {
	const h = e2eHarness();
	it('shots', async () => {
		const s = await openSession(h.browser, { viewport: { width: 1100, height: 1000 } });
		await logInAs(s, h.server.url, 'koordination.herten@example.org');
		await s.page.goto(`${h.server.url}/intern`);
		await s.page.screenshot({ path: '/tmp/shot-dashboard.png' });
		await s.page.goto(`${h.server.url}/intern/vereinbarungen`);
		await s.page.getByRole('link', { name: /Kooperationsvereinbarung/ }).first().click();
		await s.page.waitForURL(/vereinbarungen\/[0-9a-f-]{36}$/);
		await s.page.screenshot({ path: '/tmp/shot-agreement.png' });
		await s.page.goto(`${h.server.url}/herten/netzwerk`);
		await s.page.screenshot({ path: '/tmp/shot-public.png' });
	}, 120_000);
});
