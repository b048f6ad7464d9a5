import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';

const WORDS = ['hebamme', 'baby', 'krippe', 'beratung', 'papa', 'sprache', 'schwanger', 'kita', 'stillen', 'familie'];

/** `npm start` with small limits: more public requests at once than it lets run or wait. */
describe('a flood of public requests', () => {
	let server: TestServer;
	beforeAll(async () => {
		server = await startServer({
			env: { PAGE_CACHE_SECONDS: '0', MAX_IN_FLIGHT: '2', MAX_QUEUE: '2', QUEUE_WAIT_MS: '3000' }
		});
	});
	afterAll(async () => {
		await server?.stop();
	});

	it('is answered at once with 503, Retry-After and a short German page for what does not fit, never with another error', async () => {
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				fetch(`${server.url}/herten/angebote?q=${WORDS[i % WORDS.length]}&seite=${i}`).then(async (r) => ({
					status: r.status,
					retryAfter: r.headers.get('retry-after'),
					text: await r.text()
				}))
			)
		);
		expect(new Set(answers.map((a) => a.status))).toEqual(new Set([200, 503]));
		const refused = answers.filter((a) => a.status === 503);
		// 2 run and 2 wait; of 40 arriving within a few milliseconds, many find no place.
		expect(refused.length).toBeGreaterThan(0);
		for (const a of refused) {
			expect(a.retryAfter).toBe('5');
			expect(a.text).toContain('Gerade sehr viel los');
			expect(a.text).toContain('lang="de"');
		}
		expect(answers.filter((a) => a.status === 200).every((a) => a.text.includes('Angebote'))).toBe(true);

		// A coordinator signed in during the flood is never turned away; afterwards the portal answers again.
		const during = await Promise.all([
			...Array.from({ length: 10 }, (_, i) => fetch(`${server.url}/herten/angebote?q=baby&n=${i}`)),
			fetch(`${server.url}/anmelden`, { headers: { cookie: 'nfh_session=unbekannt' } })
		]);
		expect(during.at(-1)!.status).toBe(200);
		expect((await fetch(`${server.url}/herten/angebote?q=hebamme`)).status).toBe(200);
	});
});
