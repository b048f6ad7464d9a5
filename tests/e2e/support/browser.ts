import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';

const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export async function launchBrowser(): Promise<Browser> {
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!fs.existsSync(executablePath)) {
		throw new Error(
			`Chromium not found at ${executablePath}. Install Debian's browser with \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH to a Chromium binary.`
		);
	}
	return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * A browser context that remembers every page it loaded; `checkA11y` runs axe on
 * the current page, and `assertAllChecked` fails if a visited page was never checked.
 */
export async function openSession(
	browser: Browser,
	{ withoutScripts, ...options }: BrowserContextOptions & { withoutScripts?: boolean } = {}
) {
	const context: BrowserContext = await browser.newContext({
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		...options
	});
	// "JavaScript off" as a visitor has it, while axe still runs: none of our scripts load (our
	// pages have no inline scripts besides JSON-LD). `javaScriptEnabled: false` would stop axe too.
	if (withoutScripts) await context.route(/\.m?js(\?|$)/, (route) => route.abort());
	const page: Page = await context.newPage();
	const visited = new Set<string>();
	const checked = new Set<string>();
	// Client-side navigations (use:enhance redirects) count as visits too.
	page.on('framenavigated', (frame) => {
		// Only our own pages: the quick exit's neutral page (about:blank in tests) is not ours to check.
		const url = new URL(frame.url());
		if (frame === page.mainFrame() && url.protocol.startsWith('http')) visited.add(url.pathname);
	});

	async function checkA11y() {
		await page.waitForLoadState('load');
		const path = new URL(page.url()).pathname;
		const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		const summary = results.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`
		);
		expect(summary, `axe violations on ${path}`).toEqual([]);
		checked.add(path);
	}

	/** Navigates and checks the page with axe. */
	async function visit(url: string) {
		const response = await page.goto(url);
		await checkA11y();
		return response;
	}

	return {
		context,
		page,
		visit,
		checkA11y,
		assertAllChecked() {
			const missing = [...visited].filter((p) => !checked.has(p));
			expect(missing, 'pages visited without an axe check').toEqual([]);
		},
		close: () => context.close()
	};
}
export type Session = Awaited<ReturnType<typeof openSession>>;
