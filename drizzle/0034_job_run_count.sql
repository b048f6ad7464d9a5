-- How often each scheduled job has run: shows (and the multi-process test proves) that a job runs
-- once per period however many app processes claim it.
ALTER TABLE "scheduled_jobs" ADD COLUMN "run_count" integer DEFAULT 0 NOT NULL;
