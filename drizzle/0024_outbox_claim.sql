ALTER TABLE "outbox" ADD COLUMN "claimed_by" uuid;
