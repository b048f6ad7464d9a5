import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Scheduled jobs (freshness reminders, purge …): one row per job. An app process claims a due
 * row with FOR UPDATE SKIP LOCKED and moves `next_run_at` on in the same transaction, so a job
 * runs once even with several processes, and the schedule survives restarts.
 */
export const scheduledJobs = pgTable('scheduled_jobs', {
	name: text('name').primaryKey(),
	nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
	lastRunAt: timestamp('last_run_at', { withTimezone: true }),
	lastError: text('last_error'),
	/** Runs so far (claimed periods): once per period whatever the number of processes. */
	runCount: integer('run_count').notNull().default(0)
});
