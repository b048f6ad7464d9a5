-- Opt-out links of circulars are stored as SHA-256 hashes only, like the other personal links; every circular
-- carries its own link. An existing plain token becomes its hash, so the links already mailed keep working.
ALTER TABLE "contacts" ADD COLUMN "opt_out_token_hashes" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
UPDATE "contacts" SET "opt_out_token_hashes" = ARRAY[encode(sha256(convert_to("opt_out_token", 'UTF8')), 'hex')] WHERE "opt_out_token" IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "contacts" DROP COLUMN "opt_out_token";
--> statement-breakpoint
CREATE INDEX "contacts_opt_out_token_hashes_idx" ON "contacts" USING gin ("opt_out_token_hashes");
