import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import { openDatabase, type Database, type Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { scheduledJobs } from '$lib/server/db/schema';
import { runDueJobs, type JobDefinition } from './scheduler';

const MINUTE = 60_000;
let counter = 0;
const jobName = (what: string) => `${what}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

async function storedJob(db: Db, name: string) {
	const [row] = await withSystem(db, (tx) => tx.select().from(scheduledJobs).where(eq(scheduledJobs.name, name)));
	return row;
}

/** A second "app process": its own connection (pool) to the same database; for PGlite the same one. */
async function secondProcess(database: Database): Promise<Database> {
	if (database.kind === 'pglite') return { ...database, close: async () => undefined };
	const [{ name } = { name: '' }] = rowsOf<{ name: string }>(
		await database.db.execute(sql`select current_database() as name`)
	);
	const url = new URL(process.env.TEST_DATABASE_URL!);
	url.pathname = `/${name}`;
	return openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
}

/** A job that starts and then waits until the test lets it finish. */
function gatedJob(everyMs: number) {
	let release!: () => void;
	let started!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	const hasStarted = new Promise<void>((resolve) => (started = resolve));
	let runs = 0;
	const job: JobDefinition = {
		everyMs,
		run: async () => {
			runs++;
			started();
			await gate;
		}
	};
	return { job, release, hasStarted, runs: () => runs };
}

describe.each(TEST_DATABASE_KINDS)('scheduled jobs (%s)', (kind) => {
	let first: Database;
	let second: Database;
	beforeAll(async () => {
		first = await createTestDatabase(kind);
		second = await secondProcess(first);
	});
	afterAll(async () => {
		await second?.close();
		await first?.close();
	});
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('two processes asking at the same moment: the job runs once, and again only in the next period', async () => {
		const name = jobName('digest');
		let runs = 0;
		const jobs = { [name]: { everyMs: 10 * MINUTE, run: async () => void runs++ } };
		const now = new Date('2026-03-02T08:00:00Z');
		const [a, b] = await Promise.all([runDueJobs(first.db, jobs, now), runDueJobs(second.db, jobs, now)]);
		expect([...a, ...b]).toEqual([name]);
		expect(runs).toBe(1);
		expect((await storedJob(first.db, name))?.runCount).toBe(1);

		// Within the period neither process runs it again …
		const soon = new Date(now.getTime() + 9 * MINUTE);
		expect([...(await runDueJobs(first.db, jobs, soon)), ...(await runDueJobs(second.db, jobs, soon))]).toEqual([]);
		expect(runs).toBe(1);
		// … after it, exactly one of them does.
		const later = new Date(now.getTime() + 10 * MINUTE);
		const [c, d] = await Promise.all([runDueJobs(second.db, jobs, later), runDueJobs(first.db, jobs, later)]);
		expect([...c, ...d]).toEqual([name]);
		expect(runs).toBe(2);
		expect(await storedJob(first.db, name)).toMatchObject({
			lastRunAt: later,
			nextRunAt: new Date(later.getTime() + 10 * MINUTE),
			lastError: null
		});
	});

	it('moves the next run on before the work starts, so a long run is not started a second time by another process', async () => {
		const name = jobName('long-import');
		const long = gatedJob(5 * MINUTE);
		const now = new Date('2026-03-02T09:00:00Z');
		const running = runDueJobs(first.db, { [name]: long.job }, now);
		await long.hasStarted;

		// While the first process is still busy, the row already says "next run in five minutes".
		expect(await storedJob(second.db, name)).toMatchObject({
			lastRunAt: now,
			nextRunAt: new Date(now.getTime() + 5 * MINUTE)
		});
		// The other process asks, even a little later: nothing due, the work is not started twice.
		expect(await runDueJobs(second.db, { [name]: long.job }, new Date(now.getTime() + MINUTE))).toEqual([]);
		expect(long.runs()).toBe(1);

		long.release();
		expect(await running).toEqual([name]);
		expect(long.runs()).toBe(1);
	});

	it("keeps a failing job's error on its row, still runs the other jobs, and tries the failed one again next period", async () => {
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const failing = jobName('reminders');
		const healthy = jobName('purge');
		let attempts = 0;
		let healthyRuns = 0;
		let broken = true;
		const jobs = {
			[failing]: {
				everyMs: MINUTE,
				run: async () => {
					attempts++;
					if (broken) throw new Error('Mailserver nicht erreichbar (Beispiel)');
				}
			},
			[healthy]: { everyMs: MINUTE, run: async () => void healthyRuns++ }
		};
		const now = new Date('2026-03-02T10:00:00Z');
		expect(await runDueJobs(first.db, jobs, now)).toEqual([failing, healthy]);
		expect(healthyRuns).toBe(1);
		expect(await storedJob(first.db, failing)).toMatchObject({
			lastError: 'Mailserver nicht erreichbar (Beispiel)',
			lastRunAt: now,
			nextRunAt: new Date(now.getTime() + MINUTE)
		});
		expect((await storedJob(first.db, healthy))!.lastError).toBeNull();

		// Not again within the period, but in the next one – where it succeeds and the error is cleared.
		expect(await runDueJobs(second.db, jobs, new Date(now.getTime() + 30_000))).toEqual([]);
		expect(attempts).toBe(1);
		broken = false;
		const next = new Date(now.getTime() + MINUTE);
		expect(await runDueJobs(second.db, jobs, next)).toEqual([failing, healthy]);
		expect(attempts).toBe(2);
		expect(await storedJob(first.db, failing)).toMatchObject({ lastError: null, lastRunAt: next });
	});
});
