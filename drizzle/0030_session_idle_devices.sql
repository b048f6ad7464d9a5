-- Account hardening (issue 16, item 7): sessions end after SESSION_IDLE_MINUTES without a request
-- (last_seen_at, written at most once a minute), and /konto lists them by a public id (never the
-- id, which is the SHA-256 of the cookie token). TOTP secrets are encrypted at start by the app
-- (the key is not known to SQL), see domains/accounts/totp-secret.ts; no column change needed.
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_public_id_idx" ON "sessions" USING btree ("public_id");
