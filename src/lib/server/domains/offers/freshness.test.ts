import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { freshnessState } from './freshness';
import { runDueJobs } from '$lib/server/domains/jobs/scheduler';

const rules = { reviewIntervalMonths: 6, reviewGraceDays: 30 };

describe('freshness rules', () => {
	const checked = new Date('2026-01-15T10:00:00Z');
	it('is current, due soon, overdue and hidden in that order', () => {
		expect(freshnessState(checked, rules, new Date('2026-05-01T00:00:00Z'))).toBe('current');
		expect(freshnessState(checked, rules, new Date('2026-07-01T00:00:00Z'))).toBe('due_soon');
		expect(freshnessState(checked, rules, new Date('2026-07-20T00:00:00Z'))).toBe('overdue');
		expect(freshnessState(checked, rules, new Date('2026-08-15T00:00:00Z'))).toBe('hidden');
		expect(freshnessState(checked, { ...rules, reviewGraceDays: 0 }, new Date('2026-07-20T00:00:00Z'))).toBe('hidden');
	});
});

describe.each(TEST_DATABASE_KINDS)('freshness job and "still current" links (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('a scheduled job runs once per period, also when two processes ask at the same moment', async () => {
		const db = database.db;
		let runs = 0;
		const jobs = { [`probe-${Math.random()}`]: { everyMs: 60_000, run: async () => void runs++ } };
		const now = new Date();
		const [a, b] = await Promise.all([runDueJobs(db, jobs, now), runDueJobs(db, jobs, now)]);
		expect(a.length + b.length).toBe(1);
		expect(runs).toBe(1);
		await runDueJobs(db, jobs, new Date(now.getTime() + 30_000));
		expect(runs).toBe(1);
		await runDueJobs(db, jobs, new Date(now.getTime() + 61_000));
		expect(runs).toBe(2);
	});
});
