import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openSession } from '../support/browser';
import { startServer, type TestServer } from '../support/server';
import { createEmptyPostgresDatabase, TEST_DATABASE_URL } from '../support/postgres';
import { logInAs } from '../support/auth';

// The embedded database serialises the two saves; PostgreSQL (when a test server is given)
// runs them truly at once — both must end in "saved" and "someone else saved".
const KINDS = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

describe.each(KINDS)('two coordinators save the same offer at once (%s)', (kind) => {
	let server: TestServer;
	let browser: Browser;
	let drop = async () => {};

	beforeAll(async () => {
		let env: Record<string, string> = {};
		if (kind === 'postgres') {
			const database = await createEmptyPostgresDatabase();
			drop = database.drop;
			env = { DATABASE_URL: database.url };
		}
		// Demo seeding on a busy machine can take longer than a minute.
		server = await startServer({ env, startTimeoutMs: 240_000 });
		browser = await launchBrowser();
	}, 300_000);
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await drop();
	});

	it('answers one save of each pair with the saved offer (303) and the other with the conflict page (409), never 500', async () => {
		const s = await openSession(browser);
		await logInAs(s, server.url, 'koordination.herten@example.org');
		await s.visit(`${server.url}/intern/angebote`);
		const hrefs = await s.page
			.locator('main a[href^="/intern/angebote/"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		const editUrls = [
			...new Set(hrefs.map((h) => h.split('?')[0]!).filter((h) => /^\/intern\/angebote\/[0-9a-f-]{36}$/.test(h)))
		]
			.slice(0, 4)
			.map((h) => `${server.url}${h}`);
		expect(editUrls).toHaveLength(4);
		const cookie = (await s.context.cookies(server.url)).map((c) => `${c.name}=${c.value}`).join('; ');

		for (let round = 0; round < 3; round++) {
			// Each form as the browser would send it; both editors of a pair start from the same stored version.
			const forms: string[][][] = [];
			for (const url of editUrls) {
				await s.page.goto(url);
				forms.push(
					await s.page
						.locator('form[action="?/save"]')
						.evaluate((form) => [...new FormData(form as HTMLFormElement)].map(([k, v]) => [k, String(v)]))
				);
			}
			const post = (url: string, fields: string[][], title: string) => {
				const body = new URLSearchParams(fields.map(([k, v]) => [k!, k === 'title' ? title : v!]));
				return fetch(`${url}?/save`, {
					method: 'POST',
					redirect: 'manual',
					headers: {
						cookie,
						origin: server.url,
						accept: 'text/html',
						'content-type': 'application/x-www-form-urlencoded'
					},
					body
				});
			};
			// All pairs at once, as several coordinators working at the same time.
			const pairs = await Promise.all(
				editUrls.map((url, i) =>
					Promise.all([
						post(url, forms[i]!, `Elterncafé ${i} Runde ${round} A`),
						post(url, forms[i]!, `Elterncafé ${i} Runde ${round} B`)
					])
				)
			);
			for (const [i, answers] of pairs.entries()) {
				expect(answers.map((a) => a.status).sort(), `offer ${i}, round ${round}`).toEqual([303, 409]);
				expect(await answers.find((a) => a.status === 409)!.text()).toContain(
					'Jemand anderes hat dieses Angebot inzwischen gespeichert.'
				);
				expect(answers.find((a) => a.status === 303)!.headers.get('location')).toMatch(/\?gespeichert=1$/);
			}
		}
		for (const [i, url] of editUrls.entries()) {
			await s.page.goto(url);
			expect(await s.page.getByLabel('Titel', { exact: false }).first().inputValue()).toMatch(
				new RegExp(`^Elterncafé ${i} Runde 2 [AB]$`)
			);
		}
	}, 240_000);
});
