// `npm run bench:profile` (issue 17): where an uncached request spends its time. Starts the built
// app (page cache off, one process) under Node's CPU profiler, loads it with one kind of request
// for PROFILE_SECONDS, stops it and prints, for the samples of that load, the functions with the most self time, and the same
// summed per package (node_modules/…, our build, Node itself).
// Settings: PROFILE_KIND=search|offer|network|api (search), PROFILE_SECONDS (12),
// BENCH_CONNECTIONS (20), PROFILE_TOP (30); the database: BENCH_ONLY=postgres with
// BENCH_DATABASE_URL or TEST_DATABASE_URL, else PGlite. The profiles stay in PROFILE_DIR.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../tests/e2e/support/server';
import { apiPaths, databaseEnv, load, networkPaths, offerPaths, searchPaths } from './requests';

type Node = {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount: number;
	children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

const KIND = process.env.PROFILE_KIND ?? 'search';
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 12);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const TOP = Number(process.env.PROFILE_TOP ?? 30);
const dir = process.env.PROFILE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-profile-'));
const database = process.env.BENCH_ONLY === 'postgres' ? 'postgres' : 'pglite';
if (database === 'postgres') process.env.TEST_DATABASE_URL ||= process.env.BENCH_DATABASE_URL ?? '';
if (database === 'postgres' && !process.env.TEST_DATABASE_URL)
	throw new Error('BENCH_ONLY=postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL');

/** Where a function lives: a package, our server build, Node itself or the engine. */
function owner(url: string): string {
	if (!url) return '(engine)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg) return pkg[1]!;
	if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
	if (url.includes('/build/')) return url.slice(url.lastIndexOf('/build/') + 1);
	return path.basename(url);
}

const { env, drop } = await databaseEnv(database);
// --cpu-prof profiles the whole life of the app process and writes the profile when it exits
// after SIGTERM; only the samples taken during the measured load are counted (the profile's clock
// is the monotonic clock of process.hrtime).
const server = await startServer({
	env: {
		...env,
		PAGE_CACHE_SECONDS: '0',
		WEB_CONCURRENCY: '1'
	},
	nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=250'],
	startTimeoutMs: 300_000
});
let row;
let from = 0;
let to = 0;
try {
	const paths =
		KIND === 'offer'
			? await offerPaths(server.url)
			: KIND === 'network'
				? networkPaths()
				: KIND === 'api'
					? apiPaths()
					: searchPaths();
	await load(server.url, paths, CONNECTIONS, 3); // warm up
	from = Number(process.hrtime.bigint() / 1000n);
	row = await load(server.url, paths, CONNECTIONS, SECONDS);
	to = Number(process.hrtime.bigint() / 1000n);
} finally {
	await server.stop();
	await drop();
}

// The newest profile is the app's (npm start runs the app in its own process).
const files = fs
	.readdirSync(dir)
	.filter((f) => f.endsWith('.cpuprofile'))
	.map((f) => path.join(dir, f))
	.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
if (!files.length) throw new Error(`no CPU profile was written to ${dir}`);
const profile = JSON.parse(fs.readFileSync(files[0]!, 'utf8')) as Profile;

const byNode = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
let total = 0;
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
	const delta = profile.timeDeltas[i] ?? 0;
	at += delta;
	if (at < from || at > to) continue;
	selfMicros.set(profile.samples[i]!, (selfMicros.get(profile.samples[i]!) ?? 0) + delta);
	total += delta;
}
const nameOf = (n: Node) => {
	const { functionName, url, lineNumber } = n.callFrame;
	return `${functionName || '(anonymous)'}  ${owner(url)}${url ? ':' + (lineNumber + 1) : ''}`;
};
// Total time: a sample counts for every function on its stack (once each), our build's only.
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const totalOfOurs = new Map<string, number>();
for (const [id, micros] of selfMicros) {
	const seen = new Set<string>();
	for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
		const n = byNode.get(at)!;
		if (!n.callFrame.url.includes('/build/')) continue;
		const name = nameOf(n);
		if (seen.has(name)) continue;
		seen.add(name);
		totalOfOurs.set(name, (totalOfOurs.get(name) ?? 0) + micros);
	}
}
const byFunction = new Map<string, number>();
const byOwner = new Map<string, number>();
for (const [id, micros] of selfMicros) {
	const { url } = byNode.get(id)!.callFrame;
	const name = nameOf(byNode.get(id)!);
	byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
	byOwner.set(owner(url), (byOwner.get(owner(url)) ?? 0) + micros);
}
const print = (title: string, entries: Map<string, number>, top: number) => {
	console.log(`\n${title}`);
	for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top))
		console.log(
			`${((100 * micros) / total).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`
		);
};
console.log(
	`${KIND} on ${database}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${row.errors} ` +
		`(${CONNECTIONS} connections, ${SECONDS} s, profiler on: slower than bench:http)`
);
console.log(`profile: ${files[0]} (open it in Chrome DevTools → Performance)`);
print(`top ${TOP} functions by self time (${(total / 1e6).toFixed(1)} s of samples during the load)`, byFunction, TOP);
print('self time by package', byOwner, 15);
print('top functions of the app build by total time (self and what they call)', totalOfOurs, TOP);
