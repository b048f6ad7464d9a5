// The request mix of `bench:http` and `bench:profile`: varied searches, offer pages, network
// pages and API lists over the five demo networks, the same order in every run.
import autocannon from 'autocannon';
import { E2E_APP_SECRET } from '../tests/e2e/support/server';

export const NETWORKS = ['herten', 'mettmann', 'moenchengladbach', 'sonneberg', 'wilhelmshaven'];
const WORDS = [
	'hebamme',
	'baby',
	'krippe',
	'beratung',
	'papa',
	'stillen',
	'schwanger',
	'kita',
	'sprache',
	'familie',
	'mein baby schreit',
	'elterncafe',
	'tagesmutter',
	'geld',
	'trennung',
	'sucht'
];
const FOREIGN = [
	['en', 'midwife'],
	['tr', 'ebe'],
	['ar', 'قابلة'],
	['en', 'crying baby'],
	['uk', 'дитина']
];

export type Row = { rps: number; p50: number; p99: number; errors: number };

/** Every path once per network, shuffled the same way in every run. */
export function searchPaths(): string[] {
	const paths: string[] = [];
	for (const n of NETWORKS) {
		for (const w of WORDS) paths.push(`/${n}/angebote?q=${encodeURIComponent(w)}`);
		for (const w of WORDS.slice(0, 4)) paths.push(`/${n}/angebote?q=${encodeURIComponent(w)}&seite=2`);
		for (const [l, w] of FOREIGN) paths.push(`/${n}/${l}/angebote?q=${encodeURIComponent(w!)}`);
	}
	return shuffle(paths);
}

export function apiPaths(): string[] {
	const paths: string[] = [];
	for (const n of NETWORKS)
		for (let page = 1; page <= 4; page++) paths.push(`/api/v1/${n}/services?per_page=20&page=${page}`);
	return shuffle(paths);
}

export const networkPaths = () => NETWORKS.map((n) => `/${n}/netzwerk`);

/** The offer pages linked from each network's offer list. */
export async function offerPaths(base: string): Promise<string[]> {
	const paths: string[] = [];
	for (const n of NETWORKS) {
		const html = await (await fetch(`${base}/${n}/angebote`)).text();
		for (const m of html.matchAll(new RegExp(`href="(/${n}/angebote/[0-9a-f-]{36})"`, 'g'))) paths.push(m[1]!);
	}
	return shuffle([...new Set(paths)]);
}

export function shuffle<T>(list: T[]): T[] {
	let seed = 17;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list;
}

/** `connections` clients, each sending the next path when the last is answered, for `seconds`. */
export async function load(base: string, paths: string[], connections: number, seconds: number): Promise<Row> {
	let i = 0;
	const result = await autocannon({
		url: base,
		connections,
		duration: seconds,
		requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }]
	});
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.non2xx + result.timeouts
	};
}

/** The server environment for a database kind; PostgreSQL gets a fresh database, dropped afterwards. */
export async function databaseEnv(kind: 'pglite' | 'postgres') {
	if (kind === 'pglite') return { env: {} as Record<string, string>, drop: async () => undefined };
	const { createEmptyPostgresDatabase } = await import('../tests/e2e/support/postgres');
	const created = await createEmptyPostgresDatabase();
	return { env: { DATABASE_URL: created.url, APP_SECRET: E2E_APP_SECRET }, drop: created.drop };
}
