-- Retention rules and the Art. 30 record (issue 16, items 4–6): the configured period of every
-- retention rule per network (no row = the rule's default), one row per run of the `retention`
-- job with the counts per rule, and the typed parts of the Verzeichnis von
-- Verarbeitungstätigkeiten (controller, data-protection officer). The event registrations'
-- period moves here from event_settings.retention_months (one place to set it).
CREATE TABLE "retention_rules" (
	"network_id" uuid NOT NULL,
	"rule_key" text NOT NULL,
	"days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "retention_rules_network_id_rule_key_pk" PRIMARY KEY("network_id","rule_key"),
	CONSTRAINT "retention_rules_days_positive" CHECK ("days" > 0)
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"errors" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processing_records" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"controller_name" text DEFAULT '' NOT NULL,
	"controller_address" text DEFAULT '' NOT NULL,
	"dpo_contact" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "processing_records" ADD CONSTRAINT "processing_records_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "processing_records" ADD CONSTRAINT "processing_records_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "retention_runs_network_idx" ON "retention_runs" USING btree ("network_id","started_at");
--> statement-breakpoint
-- The old months setting becomes the rule's days (a month counted as 30 days); the default of 6 stays a default.
INSERT INTO "retention_rules" ("network_id", "rule_key", "days")
	SELECT "network_id", 'event_registrations', "retention_months" * 30 FROM "event_settings" WHERE "retention_months" <> 6;
--> statement-breakpoint
ALTER TABLE "event_settings" DROP COLUMN "retention_months";
--> statement-breakpoint
-- The `retention` job replaces these two (it runs the sessions purge and the event retention among its rules).
DELETE FROM "scheduled_jobs" WHERE "name" IN ('purge', 'event_retention');
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON retention_rules, processing_records TO nfh_app;
--> statement-breakpoint
GRANT SELECT ON retention_runs TO nfh_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['retention_rules', 'retention_runs', 'processing_records'] LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
		EXECUTE format($p$CREATE POLICY tenant_isolation ON %I TO nfh_app
			USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
			WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid)$p$, t);
		EXECUTE format('CREATE POLICY system_access ON %I TO nfh_system USING (true) WITH CHECK (true)', t);
	END LOOP;
END $$;
