-- "Was jetzt wichtig ist": the coordinator's guidance cards per life stage on the portal home page (issue 13, item 1).
CREATE TABLE "guidance_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"life_stage" text NOT NULL,
	"title" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"query" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guidance_cards" ADD CONSTRAINT "guidance_cards_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guidance_cards_network_stage_idx" ON "guidance_cards" USING btree ("network_id","life_stage","position");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON guidance_cards TO nfh_app;
--> statement-breakpoint
ALTER TABLE guidance_cards ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE guidance_cards FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON guidance_cards TO nfh_app
	USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON guidance_cards TO nfh_system USING (true) WITH CHECK (true);
