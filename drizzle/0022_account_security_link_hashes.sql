-- Second factor: the last accepted TOTP time step, so a code is accepted only once.
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;
--> statement-breakpoint
-- Password attempts per (account, client address) with a growing delay; not tenant data (no network_id).
CREATE TABLE "login_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttles TO nfh_system;
--> statement-breakpoint
-- Personal links (RSVP, signing) are stored as SHA-256 hashes only; every mail may carry its own link,
-- so a row keeps the hashes of all links sent for it. Existing plain tokens become their hash: old links keep working.
ALTER TABLE "meeting_invitations" ADD COLUMN "token_hashes" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
UPDATE "meeting_invitations" SET "token_hashes" = ARRAY[encode(sha256(convert_to("token", 'UTF8')), 'hex')];
--> statement-breakpoint
DROP INDEX "meeting_invitations_token_idx";
--> statement-breakpoint
ALTER TABLE "meeting_invitations" DROP COLUMN "token";
--> statement-breakpoint
CREATE INDEX "meeting_invitations_token_hashes_idx" ON "meeting_invitations" USING gin ("token_hashes");
--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD COLUMN "token_hashes" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
UPDATE "agreement_signatures" SET "token_hashes" = ARRAY[encode(sha256(convert_to("token", 'UTF8')), 'hex')];
--> statement-breakpoint
DROP INDEX "agreement_signatures_token_idx";
--> statement-breakpoint
ALTER TABLE "agreement_signatures" DROP COLUMN "token";
--> statement-breakpoint
CREATE INDEX "agreement_signatures_token_hashes_idx" ON "agreement_signatures" USING gin ("token_hashes");
