import { afterEach, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { admissionLimits, createAdmission } from './admission.js';

type Gate = { release: () => void };

/** A real HTTP server whose page requests hang until the test releases them. */
async function serverWith(limits: ReturnType<typeof admissionLimits>) {
	const gates: Gate[] = [];
	const admission = createAdmission(limits);
	const server = http.createServer((req, res) =>
		admission.admit(req, res, () => {
			gates.push({
				release: () => {
					res.writeHead(200, { 'content-type': 'text/plain' });
					res.end('Seite');
				}
			});
		})
	);
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base,
		gates,
		admission,
		close: () =>
			new Promise<void>((r) => {
				server.close(() => r());
				server.closeAllConnections();
			})
	};
}

const until = async (check: () => boolean) => {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
	expect(check()).toBe(true);
};

describe('admission control of npm start', () => {
	const open: { close: () => Promise<void> }[] = [];
	afterEach(async () => {
		for (const s of open.splice(0)) await s.close();
	});

	it('runs as many as allowed, lets a few wait, and answers the rest at once with a German 503 and Retry-After', async () => {
		const s = await serverWith({ inFlight: 1, queue: 1, waitMs: 10_000, retryAfterSeconds: 7 });
		open.push(s);
		const first = fetch(`${s.base}/herten/angebote?q=1`);
		await until(() => s.gates.length === 1);
		const second = fetch(`${s.base}/herten/angebote?q=2`);
		await until(() => s.admission.waiting() === 1);
		const [third, fourth] = await Promise.all([fetch(`${s.base}/a`), fetch(`${s.base}/b`)]);
		for (const refused of [third, fourth]) {
			expect(refused.status).toBe(503);
			expect(refused.headers.get('retry-after')).toBe('7');
			expect(await refused.text()).toContain('Gerade sehr viel los');
		}
		// The first finishes: the waiting one runs, and both are answered normally.
		s.gates[0]!.release();
		expect((await first).status).toBe(200);
		await until(() => s.gates.length === 2);
		s.gates[1]!.release();
		expect(await (await second).text()).toBe('Seite');
		expect(s.admission.stats).toEqual({ admitted: 2, queued: 1, refused: 2 });
	});

	it('answers a request that waited too long with 503 instead of letting it wait on', async () => {
		const s = await serverWith({ inFlight: 1, queue: 5, waitMs: 150, retryAfterSeconds: 5 });
		open.push(s);
		void fetch(`${s.base}/langsam`).catch(() => undefined);
		await until(() => s.gates.length === 1);
		const waited = await fetch(`${s.base}/wartet`);
		expect(waited.status).toBe(503);
		expect(s.admission.waiting()).toBe(0);
		s.gates[0]!.release();
	});

	it('never refuses a signed-in person, a form post or the health check', async () => {
		const s = await serverWith({ inFlight: 1, queue: 0, waitMs: 100, retryAfterSeconds: 5 });
		open.push(s);
		void fetch(`${s.base}/herten`).catch(() => undefined);
		await until(() => s.gates.length === 1);
		const answers = [
			fetch(`${s.base}/intern`, { headers: { cookie: 'nfh_session=abc' } }),
			fetch(`${s.base}/intern/angebote/1?/save`, { method: 'POST', body: 'title=x' }),
			fetch(`${s.base}/healthz`)
		];
		await until(() => s.gates.length === 4);
		for (const g of s.gates) g.release();
		expect((await Promise.all(answers)).map((r) => r.status)).toEqual([200, 200, 200]);
		// Once the load is gone, a public page runs again.
		const later = fetch(`${s.base}/herten/angebote`);
		await until(() => s.gates.length === 5);
		s.gates[4]!.release();
		expect((await later).status).toBe(200);
	});

	it('reads its limits from the environment, 0 switching it off', () => {
		expect(admissionLimits({})).toEqual({ inFlight: 8, queue: 16, waitMs: 500, retryAfterSeconds: 5 });
		expect(admissionLimits({ MAX_IN_FLIGHT: '0', MAX_QUEUE: 'viele' }).inFlight).toBe(0);
		expect(admissionLimits({ MAX_QUEUE: 'viele' }).queue).toBe(16);
	});
});
