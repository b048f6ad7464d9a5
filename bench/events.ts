// `npm run bench:events`: 1,000 registrations from 100 concurrent clients for one 500-seat event,
// through HTTP against the built app (the portal's form post, as a browser without JS sends it),
// on PGlite and, with BENCH_DATABASE_URL (or TEST_DATABASE_URL), on PostgreSQL. Baseline in the
// same run: the same number of GETs of the event page with the same concurrency, rendered from
// the database (PAGE_CACHE_SECONDS=0). Afterwards the database is read: seats, waiting list,
// arrival numbers, mails in the outbox. Not a test: it prints figures, no thresholds.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseKind, type OpenOptions } from '../src/lib/server/db/client';
import { rowsOf, withSystem } from '../src/lib/server/db/scope';
import { eventSessions, events, networks } from '../src/lib/server/db/schema';
import { E2E_APP_SECRET, startServer } from '../tests/e2e/support/server';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 1_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 500);
const SLUG = 'bench-events';

type Counts = Record<
	| 'confirmed'
	| 'waiting'
	| 'other'
	| 'seats'
	| 'numbers'
	| 'first'
	| 'last'
	| 'last_confirmed'
	| 'first_waiting'
	| 'emails'
	| 'multi'
	| 'mails'
	| 'confirmed_mails'
	| 'waiting_mails',
	number
>;
type Sample = { ms: number; outcome: 'ok' | 'registered' | 'waiting' | 'error'; place?: number; detail?: string };

/**
 * A network and two published events (waiting list on, registration open, a session in a week):
 * the measured one and one for the warm-up posts.
 */
async function seed(options: OpenOptions): Promise<[string, string]> {
	const database = await openDatabase(options);
	try {
		return await withSystem(database.db, async (tx) => {
			const [network] = await tx
				.insert(networks)
				.values({ slug: SLUG, name: 'Netzwerk Musterstadt', municipality: 'Musterstadt', municipalityKind: 'stadt' })
				.returning({ id: networks.id });
			const startsAt = new Date(Date.now() + 7 * 86_400_000);
			const created = await tx
				.insert(events)
				.values(
					[CAPACITY, 1].map((capacity): typeof events.$inferInsert => ({
						networkId: network!.id,
						kind: 'fachtagung',
						audience: 'beide',
						title: 'Fachtagung „Frühe Hilfen im Sozialraum“',
						capacity,
						waitingList: true,
						status: 'published',
						registrationOpensAt: new Date(Date.now() - 86_400_000),
						registrationClosesAt: new Date(startsAt.getTime() - 86_400_000)
					}))
				)
				.returning({ id: events.id });
			await tx.insert(eventSessions).values(
				created.map((e) => ({
					networkId: network!.id,
					eventId: e.id,
					startsAt,
					endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
					place: 'Rathaus Musterstadt, Ratssaal'
				}))
			);
			return [created[0]!.id, created[1]!.id];
		});
	} finally {
		await database.close();
	}
}

/** Runs `count` requests from `clients` concurrent loops; each loop sends its next request when the last one answered. */
async function load(count: number, clients: number, send: (i: number) => Promise<Sample>) {
	const samples: Sample[] = new Array(count);
	let next = 0;
	const t0 = performance.now();
	await Promise.all(
		Array.from({ length: clients }, async () => {
			for (let i = next++; i < count; i = next++) samples[i] = await send(i);
		})
	);
	return { samples, seconds: (performance.now() - t0) / 1000 };
}

const percentile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;

function summary(run: { samples: Sample[]; seconds: number }) {
	const ms = run.samples.map((s) => s.ms).sort((a, b) => a - b);
	return {
		perSecond: run.samples.length / run.seconds,
		p50: percentile(ms, 0.5),
		p95: percentile(ms, 0.95),
		p99: percentile(ms, 0.99),
		errors: run.samples.filter((s) => s.outcome === 'error')
	};
}

async function timed(fn: () => Promise<Omit<Sample, 'ms'>>): Promise<Sample> {
	const t0 = performance.now();
	const result = await fn().catch((e: unknown) => ({ outcome: 'error' as const, detail: String(e) }));
	return { ...result, ms: performance.now() - t0 };
}

/** The portal's form as a browser without JS posts it (SvelteKit checks Origin against ORIGIN). */
function register(origin: string, page: string, person: string): Promise<Sample> {
	return timed(async () => {
		const res = await fetch(`${page}?/register`, {
			method: 'POST',
			redirect: 'manual',
			// text/html: a form post answered with the redirect, not the JSON of `use:enhance`
			headers: { origin, accept: 'text/html' },
			body: new URLSearchParams({
				name: `Person ${person}`,
				email: `${person}@example.org`,
				phone: '',
				organisationName: '',
				persons: '1',
				consent: '1',
				website: ''
			})
		});
		await res.arrayBuffer();
		const location = res.headers.get('location') ?? '';
		if (res.status === 303 && location.includes('anmeldung=angemeldet')) return { outcome: 'registered' };
		const place = /anmeldung=warteliste&platz=(\d+)/.exec(location)?.[1];
		if (res.status === 303 && place) return { outcome: 'waiting', place: Number(place) };
		return { outcome: 'error', detail: `${res.status} ${location}` };
	});
}

/** What the database holds afterwards (read outside the app, after the app has stopped for PGlite). */
async function verify(options: OpenOptions, eventId: string): Promise<Counts> {
	const database = await openDatabase(options);
	try {
		return await withSystem(database.db, async (tx) => {
			const mails = (template: string) =>
				sql`(select count(*)::int from outbox where status = 'pending' and to_address like 'person-%' and template like ${template})`;
			const [counts] = rowsOf<Counts>(
				await tx.execute(sql`
					select count(*) filter (where status = 'registered')::int as confirmed,
						count(*) filter (where status = 'waiting')::int as waiting,
						count(*) filter (where status not in ('registered', 'waiting'))::int as other,
						coalesce(sum(persons) filter (where status in ('registered', 'offered')), 0)::int as seats,
						count(distinct number)::int as numbers, min(number)::int as first, max(number)::int as last,
						coalesce(max(number) filter (where status = 'registered'), 0)::int as last_confirmed,
						coalesce(min(number) filter (where status = 'waiting'), 0)::int as first_waiting,
						count(distinct email)::int as emails, count(*) filter (where persons <> 1)::int as multi,
						${mails('%')} as mails, ${mails('registration_confirmed')} as confirmed_mails,
						${mails('registration_waiting')} as waiting_mails
					from event_registrations where event_id = ${eventId}`)
			);
			return counts!;
		});
	} finally {
		await database.close();
	}
}

async function run(kind: DatabaseKind) {
	console.log(`\n== ${kind} ==`);
	let options: OpenOptions;
	let cleanup: () => Promise<void>;
	const env: Record<string, string> = { DEMO_DATA: 'off', EVENT_RATE_LIMIT: 'off', PAGE_CACHE_SECONDS: '0' };
	if (kind === 'pglite') {
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-bench-events-'));
		options = { dataDir };
		env.DATA_DIR = dataDir;
		cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
	} else {
		const { createEmptyPostgresDatabase } = await import('../tests/e2e/support/postgres');
		const created = await createEmptyPostgresDatabase();
		options = { databaseUrl: created.url, poolSize: 2 };
		Object.assign(env, { DATABASE_URL: created.url, APP_SECRET: E2E_APP_SECRET });
		cleanup = created.drop;
	}
	try {
		const eventIds = await seed(options);
		const app = await startServer({ env });
		let stopped = false;
		try {
			const [page, warmUpPage] = eventIds.map((id) => `${app.url}/${SLUG}/veranstaltungen/${id}`) as [string, string];
			const view = (i: number) =>
				timed(async () => {
					const res = await fetch(`${page}?b=${i}`);
					await res.arrayBuffer();
					return res.ok ? { outcome: 'ok' } : { outcome: 'error', detail: String(res.status) };
				});
			// Warm-up (not measured): the page, and posts to the other event, so both paths are compiled.
			await load(CLIENTS, CLIENTS, view);
			await load(CLIENTS, CLIENTS, (i) => register(app.url, warmUpPage, `warm-up-${i}`));
			const baseline = await load(REGISTRATIONS, CLIENTS, view);
			const registrations = await load(REGISTRATIONS, CLIENTS, (i) => register(app.url, page, `person-${i}`));
			if (kind === 'pglite') {
				await app.stop(); // PGlite is one process's: the app lets go of the data directory first
				stopped = true;
			}
			const db = await verify(options, eventIds[0]);
			const b = summary(baseline);
			const r = summary(registrations);
			const answered = {
				registered: registrations.samples.filter((s) => s.outcome === 'registered').length,
				waiting: registrations.samples.filter((s) => s.outcome === 'waiting').length
			};
			const places = new Set(registrations.samples.flatMap((s) => (s.place ? [s.place] : [])));
			for (const e of [...b.errors, ...r.errors].slice(0, 5)) console.log(`error: ${e.detail}`);
			const f = (n: number) => n.toFixed(1);
			console.log(
				`GET event page (baseline) ${f(b.perSecond).padStart(7)} req/s  p50 ${f(b.p50)}  p95 ${f(b.p95)}  p99 ${f(b.p99)} ms  errors ${b.errors.length}`
			);
			console.log(
				`POST registration         ${f(r.perSecond).padStart(7)} reg/s  p50 ${f(r.p50)}  p95 ${f(r.p95)}  p99 ${f(r.p99)} ms  errors ${r.errors.length}`
			);
			console.log(`ratio p95 registration / baseline: ${(r.p95 / b.p95).toFixed(2)}`);
			console.log(
				`answers: ${answered.registered} angemeldet, ${answered.waiting} Warteliste (places 1..${places.size} distinct: ${places.size === answered.waiting && Math.max(0, ...places) === answered.waiting})`
			);
			console.log(
				`database: confirmed ${db.confirmed} (capacity ${CAPACITY}), waiting ${db.waiting}, other ${db.other}; ` +
					`numbers ${db.first}..${db.last}, ${db.numbers} distinct; arrival order kept: ${db.last_confirmed < db.first_waiting}; ` +
					`distinct e-mails ${db.emails}; persons ≠ 1: ${db.multi}`
			);
			console.log(`double seats: ${Math.max(0, db.seats - CAPACITY)} (seats taken ${db.seats} of ${CAPACITY})`);
			console.log(
				`outbox: ${db.mails} pending (${db.confirmed_mails} confirmations, ${db.waiting_mails} waiting-list mails)`
			);
			return { kind, b, r, db };
		} finally {
			if (!stopped) await app.stop();
		}
	} finally {
		await cleanup();
	}
}

const root = path.resolve(import.meta.dirname, '..');
if (!fs.existsSync(path.join(root, 'build', 'handler.js'))) {
	console.log('No build/ yet: running `npm run build` …');
	if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
console.log(`${REGISTRATIONS} registrations from ${CLIENTS} concurrent clients, one event with ${CAPACITY} seats`);
const results = [];
if (!process.env.BENCH_ONLY_PG) results.push(await run('pglite'));
process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';
if (process.env.TEST_DATABASE_URL) results.push(await run('postgres'));
else console.log('\n(no BENCH_DATABASE_URL / TEST_DATABASE_URL: PostgreSQL skipped)');

console.log(
	'\n| database   | reg/s | p50 ms | p95 ms | p99 ms | baseline p95 ms | ratio p95 | confirmed | waiting | errors | double seats |'
);
console.log(
	'| ---------- | ----- | ------ | ------ | ------ | --------------- | --------- | --------- | ------- | ------ | ------------ |'
);
for (const { kind, b, r, db } of results)
	console.log(
		`| ${kind.padEnd(10)} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${b.p95.toFixed(1)} | ${(r.p95 / b.p95).toFixed(2)} | ${db.confirmed} | ${db.waiting} | ${r.errors.length} | ${Math.max(0, db.seats - CAPACITY)} |`
	);
