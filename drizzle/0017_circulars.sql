CREATE TABLE "circulars" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"essential" boolean DEFAULT false NOT NULL,
	"filter" text DEFAULT '' NOT NULL,
	"recipient_count" integer DEFAULT 0 NOT NULL,
	"sent_by_name" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "circular_opt_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "opt_out_token" text;--> statement-breakpoint
ALTER TABLE "circulars" ADD CONSTRAINT "circulars_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circulars_network_idx" ON "circulars" USING btree ("network_id","sent_at");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON circulars TO nfh_app;
--> statement-breakpoint
ALTER TABLE circulars ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE circulars FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON circulars TO nfh_app
	USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON circulars TO nfh_system USING (true) WITH CHECK (true);
