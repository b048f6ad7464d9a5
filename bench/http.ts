// `npm run bench:http` (issue 17): the built app under load, measured against a static file of the
// same size served by Node in the same run. Varied requests over the five demo networks (words,
// languages, result pages, offer pages, the API), first with the page cache off, then on; then
// an overload of OVERLOAD_CONNECTIONS (200) for OVERLOAD_SECONDS (60); RSS of the app before and
// at its peak. PGlite always; PostgreSQL with BENCH_DATABASE_URL (or TEST_DATABASE_URL).
// Settings: BENCH_SECONDS (10 per row), BENCH_CONNECTIONS (20), BENCH_ONLY=pglite|postgres.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { startServer, type TestServer } from '../tests/e2e/support/server';
import {
	apiPaths,
	databaseEnv,
	load as loadFor,
	networkPaths,
	offerPaths,
	searchPaths,
	shuffle,
	type Row
} from './requests';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const OVERLOAD_CONNECTIONS = Number(process.env.OVERLOAD_CONNECTIONS ?? 200);
const OVERLOAD_SECONDS = Number(process.env.OVERLOAD_SECONDS ?? 60);
const ONLY = process.env.BENCH_ONLY ?? '';
const load = (base: string, paths: string[]) => loadFor(base, paths, CONNECTIONS, SECONDS);

/** RSS in MB of the app: the `npm start` process and its cluster processes (with `largest`: of the largest one). */
function rssMb(pid: number, largest = false): number {
	let kb = 0;
	let most = 0;
	const visit = (p: number) => {
		try {
			const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
			const own = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
			kb += own;
			most = Math.max(most, own);
			const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
			for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
		} catch {
			/* gone meanwhile */
		}
	};
	visit(pid);
	return (largest ? most : kb) / 1024;
}

/**
 * OVERLOAD_CONNECTIONS clients each send the next request when the last is answered, for
 * OVERLOAD_SECONDS, over a mix of searches, offer pages and API lists. Latencies of answered (2xx)
 * requests; 503 are counted apart (the admission control's answer; that client pauses 1 s before its
 * next request), anything else is an error.
 */
async function overload(server: TestServer, paths: string[]) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: OVERLOAD_CONNECTIONS });
	const end = Date.now() + OVERLOAD_SECONDS * 1000;
	const answered: number[] = [];
	let refused = 0;
	let errors = 0;
	let slowest = 0;
	let peakRss = rssMb(server.pid);
	let peakRssLargest = rssMb(server.pid, true);
	const sampler = setInterval(() => {
		peakRss = Math.max(peakRss, rssMb(server.pid));
		peakRssLargest = Math.max(peakRssLargest, rssMb(server.pid, true));
	}, 500);
	const one = (path: string) =>
		new Promise<{ status: number; ms: number }>((resolve) => {
			const started = performance.now();
			const req = http.get(`${server.url}${path}`, { agent }, (res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
			});
			req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
		});
	await Promise.all(
		Array.from({ length: OVERLOAD_CONNECTIONS }, async (_, worker) => {
			let k = worker;
			while (Date.now() < end) {
				const r = await one(paths[k++ % paths.length]!);
				slowest = Math.max(slowest, r.ms);
				if (r.status >= 200 && r.status < 300) answered.push(r.ms);
				else if (r.status === 503) {
					refused++;
					// A visitor shown "Gerade sehr viel los" reloads after a while, not within a millisecond:
					// without a pause the run would measure how fast 503 pages are written.
					await new Promise((resolve) => setTimeout(resolve, 1000));
				} else errors++;
			}
		})
	);
	clearInterval(sampler);
	agent.destroy();
	answered.sort((a, b) => a - b);
	const over5s = answered.filter((ms) => ms > 5000).length;
	return {
		answered: answered.length,
		perSecond: answered.length / OVERLOAD_SECONDS,
		p99: answered[Math.floor(answered.length * 0.99)] ?? 0,
		over5s,
		refused,
		errors,
		slowest,
		peakRss,
		peakRssLargest
	};
}

async function pageWeight(base: string, path: string) {
	const html = await (await fetch(base + path)).text();
	const hrefs = [...html.matchAll(/<link[^>]+href="([^"]+\.css)"[^>]*>/g)].map((m) => m[1]!);
	let cssBytes = 0;
	for (const href of new Set(hrefs))
		cssBytes += gzipSync(Buffer.from(await (await fetch(new URL(href, base + path))).text())).length;
	const scripts = (html.match(/<script(?![^>]*application\/ld\+json)/g) ?? []).length;
	return { htmlBytes: gzipSync(Buffer.from(html)).length, cssBytes, scripts };
}

const line = (what: string, r: Row, baseline: Row, goal: string) =>
	console.log(
		`${what.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(5)} ms  errors ${String(r.errors).padStart(4)}  ratio ${(r.rps / baseline.rps).toFixed(4)}   goal: ${goal}`
	);

async function run(kind: 'pglite' | 'postgres', baseline: Row) {
	const { env, drop } = await databaseEnv(kind);
	// The first start migrates and loads the demo data; what a running installation holds in memory
	// is measured after a restart on that data (PGlite's memory never shrinks after the seeding).
	const first = await startServer({ env, startTimeoutMs: 300_000 });
	await first.stop(true);
	const dataDir = kind === 'pglite' ? first.dataDir : undefined;
	try {
		console.log(`\n## ${kind}`);
		const uncached = await startServer({
			env: { ...env, PAGE_CACHE_SECONDS: '0' },
			dataDir,
			startTimeoutMs: 300_000
		});
		const processes = (uncached.output().match(/listening on/g) ?? []).length || 1;
		let offers: string[] = [];
		try {
			offers = await offerPaths(uncached.url);
			const search = searchPaths();
			const api = apiPaths();
			console.log(`page cache off · ${processes} app process(es) · ${CONNECTIONS} connections · ${SECONDS} s per row`);
			const goalSearch =
				kind === 'postgres' ? '≥ 600 req/s, p99 ≤ 100 ms, 0 errors' : '≥ 300 req/s, p99 ≤ 100 ms, 0 errors';
			line('search page (varied)', await load(uncached.url, search), baseline, goalSearch);
			line('offer page (varied)', await load(uncached.url, offers), baseline, 'p99 ≤ 100 ms, 0 errors');
			line('network page', await load(uncached.url, networkPaths()), baseline, 'p99 ≤ 100 ms, 0 errors');
			line(
				'API /services?per_page=20 (varied)',
				await load(uncached.url, api),
				baseline,
				kind === 'postgres' ? '≥ 600 req/s, 0 errors' : '0 errors'
			);

			const idleRss = rssMb(uncached.pid);
			console.log(
				`\noverload: ${OVERLOAD_CONNECTIONS} connections for ${OVERLOAD_SECONDS} s (search, offer pages, API mixed; cache off)`
			);
			const mixed = shuffle([...search, ...offers, ...api]);
			const o = await overload(uncached, mixed);
			console.log(
				`answered ${o.answered} (${o.perSecond.toFixed(0)}/s)  p99 ${o.p99.toFixed(0)} ms  over 5 s: ${o.over5s}  slowest ${(o.slowest / 1000).toFixed(1)} s  503: ${o.refused}  other errors: ${o.errors}   goal: p99 ≤ 1000 ms, 0 over 5 s, 0 errors but 503`
			);
			const rssGoal = kind === 'postgres' ? 250 : 500;
			const appProcesses = processes > 1 ? processes + 1 : 1; // with a cluster: its first process too
			console.log(
				`RSS ${idleRss.toFixed(0)} → ${o.peakRss.toFixed(0)} MB at the peak (${appProcesses} process(es) in all; ` +
					`${o.peakRssLargest.toFixed(0)} MB the largest one)   goal: ≤ ${rssGoal} MB per app process`
			);
		} finally {
			await uncached.stop(kind === 'pglite');
		}

		const cached = await startServer({ env, dataDir, startTimeoutMs: 300_000 });
		try {
			console.log(`\npage cache on (PAGE_CACHE_SECONDS=60), same requests`);
			const search = searchPaths();
			for (const p of search) await (await fetch(cached.url + p)).arrayBuffer(); // fill the cache
			line('search page (varied, cached)', await load(cached.url, search), baseline, 'ratio ≥ 0.5, 0 errors');
			line('API list (never cached)', await load(cached.url, apiPaths()), baseline, '0 errors');
		} finally {
			await cached.stop(kind === 'pglite');
		}
	} finally {
		fs.rmSync(first.dataDir, { recursive: true, force: true });
		await drop();
	}
}

// The baseline: a static file as large as a search page, served by Node's http in this process.
const probe = await startServer({ env: { PAGE_CACHE_SECONDS: '0' } });
let body: Buffer;
try {
	body = Buffer.from(await (await fetch(`${probe.url}/herten/angebote?q=hebamme`)).text());
	for (const path of ['/herten', '/herten/angebote']) {
		const w = await pageWeight(probe.url, path);
		console.log(
			`page weight ${path.padEnd(18)} HTML ${(w.htmlBytes / 1024).toFixed(1)} KB + CSS ${(w.cssBytes / 1024).toFixed(1)} KB gzip = ${((w.htmlBytes + w.cssBytes) / 1024).toFixed(1)} KB (goal ≤ 20 KB), scripts: ${w.scripts}`
		);
	}
} finally {
	await probe.stop();
}
const staticServer = http.createServer((_req, res) => {
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
	res.end(body);
});
await new Promise<void>((r) => staticServer.listen(0, '127.0.0.1', r));
const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}`;
const baseline = await load(staticUrl, ['/']);
staticServer.close();
console.log(
	`\n${new Date().toISOString().slice(0, 10)} · ${CONNECTIONS} connections · page of ${(body.length / 1024).toFixed(1)} KB`
);
line('static file, Node http', baseline, baseline, '(baseline)');

if (ONLY !== 'postgres') await run('pglite', baseline);
process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';
if (ONLY !== 'pglite') {
	if (process.env.TEST_DATABASE_URL) await run('postgres', baseline);
	else console.log('\n(no BENCH_DATABASE_URL / TEST_DATABASE_URL: PostgreSQL skipped)');
}
