import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { scheduledJobs } from '$lib/server/db/schema';

export type JobDefinition = { everyMs: number; run: (now: Date) => Promise<unknown> };

/**
 * Claims one due job: in a short transaction the row is locked (FOR UPDATE SKIP LOCKED, so
 * another process skips it) and its next run moved on before the work starts. The job thus
 * runs once per period even with several app processes, and the schedule survives restarts.
 * The work itself runs outside that transaction and must be idempotent (a crash mid-run
 * means the next period does the rest).
 */
async function claim(db: Db, name: string, everyMs: number, now: Date): Promise<boolean> {
	return withSystem(db, async (tx) => {
		await tx.insert(scheduledJobs).values({ name, nextRunAt: now }).onConflictDoNothing();
		const [row] = await tx
			.select({ name: scheduledJobs.name })
			.from(scheduledJobs)
			.where(and(eq(scheduledJobs.name, name), lte(scheduledJobs.nextRunAt, now)))
			.for('update', { skipLocked: true });
		if (!row) return false;
		await tx
			.update(scheduledJobs)
			.set({
				nextRunAt: new Date(now.getTime() + everyMs),
				lastRunAt: now,
				runCount: sql`${scheduledJobs.runCount} + 1`
			})
			.where(eq(scheduledJobs.name, name));
		return true;
	});
}

/** Runs every due job once; returns the names that ran. Errors are kept on the job row. */
export async function runDueJobs(db: Db, jobs: Record<string, JobDefinition>, now = new Date()): Promise<string[]> {
	const ran: string[] = [];
	for (const [name, job] of Object.entries(jobs)) {
		if (!(await claim(db, name, job.everyMs, now))) continue;
		ran.push(name);
		let failure: string | null = null;
		try {
			await job.run(now);
		} catch (e) {
			failure = e instanceof Error ? e.message : String(e);
			console.error(`[job ${name}]`, failure);
		}
		await withSystem(db, (tx) =>
			tx.update(scheduledJobs).set({ lastError: failure }).where(eq(scheduledJobs.name, name))
		);
	}
	return ran;
}

/** Checks for due jobs every `tickMs`; returns a stop function. */
export function startScheduler(db: Db, jobs: Record<string, JobDefinition>, tickMs: number): () => void {
	let running = false;
	const tick = async () => {
		if (running) return;
		running = true;
		try {
			await runDueJobs(db, jobs);
		} catch (e) {
			console.error('[scheduler]', e instanceof Error ? e.message : e);
		} finally {
			running = false;
		}
	};
	void tick();
	const timer = setInterval(tick, tickMs);
	timer.unref();
	return () => clearInterval(timer);
}
