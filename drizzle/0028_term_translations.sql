CREATE TABLE "term_translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"source" text NOT NULL,
	"locale" text NOT NULL,
	"text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "term_translations_locale_check" CHECK ("locale" IN ('leicht', 'en', 'tr', 'ar', 'ru', 'uk', 'pl', 'fa'))
);
--> statement-breakpoint
ALTER TABLE "term_translations" ADD CONSTRAINT "term_translations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "term_translations_unique_idx" ON "term_translations" USING btree ("network_id","source","locale");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON term_translations TO nfh_app;
--> statement-breakpoint
ALTER TABLE term_translations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE term_translations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON term_translations TO nfh_app
	USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON term_translations TO nfh_system USING (true) WITH CHECK (true);
