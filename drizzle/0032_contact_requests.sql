-- Contact requests from parents (issue 16, item 1): "Bitte um Kontakt" on an offer page, only where
-- the offer has it switched on. Forced RLS like the other tenant tables; deleted by the
-- contact_request_retention job.
ALTER TABLE "offers" ADD COLUMN "contact_requests_enabled" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
CREATE TABLE "contact_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'de' NOT NULL,
	"best_time" text DEFAULT '' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	CONSTRAINT "contact_requests_network_id_id_unique" UNIQUE("network_id","id"),
	CONSTRAINT "contact_requests_status_check" CHECK ("status" IN ('open', 'done')),
	CONSTRAINT "contact_requests_reachable" CHECK ("phone" <> '' OR "email" <> ''),
	CONSTRAINT "contact_requests_message_length" CHECK (char_length("message") <= 300)
);
--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_offer_id_fk" FOREIGN KEY ("network_id","offer_id") REFERENCES "public"."offers"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE SET NULL ("organisation_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "contact_requests_network_status_idx" ON "contact_requests" USING btree ("network_id","status","created_at");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON contact_requests TO nfh_app;
--> statement-breakpoint
ALTER TABLE contact_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contact_requests FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON contact_requests TO nfh_app
	USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON contact_requests TO nfh_system USING (true) WITH CHECK (true);
