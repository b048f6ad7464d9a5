// `npm run bench:cpu` (issue 17): CPU time per request of the app and of PostgreSQL, read from
// /proc/<pid>/stat (user and system time) during BENCH_SECONDS (8) of load per kind, one app
// process, page cache off. Tells whether the app or the database spends a request's time when
// both share the machine's cores. Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL on
// this host: its backends are found by their process title).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { startServer } from '../tests/e2e/support/server';
import { apiPaths, databaseEnv, load, offerPaths, searchPaths } from './requests';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
process.env.TEST_DATABASE_URL ||= process.env.BENCH_DATABASE_URL ?? '';
if (!process.env.TEST_DATABASE_URL) throw new Error('bench:cpu needs BENCH_DATABASE_URL or TEST_DATABASE_URL');

const TICK_MS = 1000 / Number(execSync('getconf CLK_TCK').toString().trim() || 100);
/** User and system ticks of these processes (gone ones count 0). */
function ticks(pids: string[]): { user: number; system: number } {
	let user = 0;
	let system = 0;
	for (const pid of pids) {
		try {
			const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
			user += Number(fields[11]);
			system += Number(fields[12]);
		} catch {
			/* ended meanwhile */
		}
	}
	return { user, system };
}
const pids = (command: string) => execSync(`${command} || true`).toString().trim().split('\n').filter(Boolean);

const { env, drop } = await databaseEnv('postgres');
const server = await startServer({
	env: { ...env, PAGE_CACHE_SECONDS: '0', WEB_CONCURRENCY: '1' },
	startTimeoutMs: 300_000
});
try {
	const app = () => [String(server.pid), ...pids(`pgrep -P ${server.pid}`)];
	const database = () => pids('pgrep -f "postgres: "');
	const kinds: [string, string[]][] = [
		['search page', searchPaths()],
		['offer page', await offerPaths(server.url)],
		['API list', apiPaths()]
	];
	console.log(`one app process, ${CONNECTIONS} connections, ${SECONDS} s per kind, page cache off`);
	for (const [kind, paths] of kinds) {
		await load(server.url, paths, CONNECTIONS, 2); // warm up
		const [a0, d0] = [ticks(app()), ticks(database())];
		const row = await load(server.url, paths, CONNECTIONS, SECONDS);
		const [a1, d1] = [ticks(app()), ticks(database())];
		const n = row.rps * SECONDS;
		const per = (t: number) => ((t * TICK_MS) / n).toFixed(2);
		console.log(
			`${kind.padEnd(12)} ${row.rps.toFixed(0).padStart(5)} req/s   CPU per request: app ${per(a1.user - a0.user)} ms user + ` +
				`${per(a1.system - a0.system)} ms system, PostgreSQL ${per(d1.user + d1.system - d0.user - d0.system)} ms`
		);
	}
} finally {
	await server.stop();
	await drop();
}
