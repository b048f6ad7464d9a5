// `npm run bench:http`: the built portal search under load vs. a static file of the
// same size served by Node in the same process; plus the page weight of the portal.
import autocannon from 'autocannon';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { startServer } from '../tests/e2e/support/server';

const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PATH = '/herten/angebote?q=hebamme';

async function load(url: string) {
	const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
	return {
		rps: result.requests.average,
		p99: result.latency.p99,
		errors: result.errors + result.non2xx,
		timeouts: result.timeouts
	};
}

async function pageWeight(base: string, path: string) {
	const html = await (await fetch(base + path)).text();
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
	const preloadCss = [...html.matchAll(/<link[^>]+href="([^"]+\.css)"[^>]*>/g)].map((m) => m[1]!);
	const files = [...new Set([...css, ...preloadCss])];
	let cssBytes = 0;
	for (const href of files)
		cssBytes += gzipSync(Buffer.from(await (await fetch(new URL(href, base + path))).text())).length;
	const htmlBytes = gzipSync(Buffer.from(html)).length;
	const scripts = (html.match(/<script(?![^>]*application\/ld\+json)/g) ?? []).length;
	return { htmlBytes, cssBytes, scripts };
}

const app = await startServer();
try {
	const page = await (await fetch(app.url + PATH)).text();
	const body = Buffer.from(page);
	const staticServer = http.createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
		res.end(body);
	});
	await new Promise<void>((r) => staticServer.listen(0, '127.0.0.1', r));
	const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/`;

	console.log(`${CONNECTIONS} connections, ${DURATION} s each, page of ${(body.length / 1024).toFixed(1)} KB`);
	const portal = await load(app.url + PATH);
	const baseline = await load(staticUrl);
	staticServer.close();
	console.log(
		`portal search  ${portal.rps.toFixed(0).padStart(7)} req/s  p99 ${portal.p99} ms  errors ${portal.errors}  timeouts ${portal.timeouts}`
	);
	console.log(
		`static file    ${baseline.rps.toFixed(0).padStart(7)} req/s  p99 ${baseline.p99} ms  errors ${baseline.errors}`
	);
	console.log(`ratio portal/static: ${(portal.rps / baseline.rps).toFixed(2)} (target ≥ 0.5, 0 errors)`);

	// The same page without the page cache: every request renders and queries the database.
	const uncachedApp = await startServer({ env: { PAGE_CACHE_SECONDS: '0' } });
	try {
		const uncached = await load(uncachedApp.url + PATH);
		console.log(
			`without cache  ${uncached.rps.toFixed(0).padStart(7)} req/s  p99 ${uncached.p99} ms  errors ${uncached.errors}  timeouts ${uncached.timeouts}  (ratio ${(uncached.rps / baseline.rps).toFixed(3)})`
		);
	} finally {
		await uncachedApp.stop();
	}

	for (const path of ['/herten', '/herten/angebote']) {
		const w = await pageWeight(app.url, path);
		console.log(
			`page weight ${path.padEnd(18)} HTML ${(w.htmlBytes / 1024).toFixed(1)} KB + CSS ${(w.cssBytes / 1024).toFixed(1)} KB gzip = ${((w.htmlBytes + w.cssBytes) / 1024).toFixed(1)} KB (target ≤ 20 KB), scripts: ${w.scripts}`
		);
	}
} finally {
	await app.stop();
}
