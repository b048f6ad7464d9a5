import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer, type TestServer } from './server';
import { startTestSmtp } from '../../support/smtp';

type Smtp = Awaited<ReturnType<typeof startTestSmtp>>;

/**
 * Per spec file: a real SMTP server (optional), the production build on its own database with
 * the demo data (a copy of the run's seeded one, or `fresh` as on a first start), and a browser;
 * all stopped after the file.
 */
export function e2eHarness(opts: { smtp?: boolean; env?: Record<string, string>; fresh?: boolean } = {}) {
	const h = {} as { server: TestServer; browser: Browser; smtp: Smtp };
	beforeAll(async () => {
		if (opts.smtp) h.smtp = await startTestSmtp();
		h.server = await startServer({ smtpUrl: h.smtp?.url, env: opts.env, fresh: opts.fresh });
		h.browser = await launchBrowser();
	});
	afterAll(async () => {
		await h.browser?.close();
		await h.server?.stop();
		await h.smtp?.close();
	});
	return h;
}
