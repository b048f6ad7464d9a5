CREATE TABLE "search_stats" (
	"network_id" uuid NOT NULL,
	"day" date NOT NULL,
	"term" text NOT NULL,
	"filters" text NOT NULL,
	"result_count" integer NOT NULL,
	"searches" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_stats" ADD CONSTRAINT "search_stats_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "search_stats_key" ON "search_stats" USING btree ("network_id","day","term","filters","result_count");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON search_stats TO nfh_app;
--> statement-breakpoint
ALTER TABLE search_stats ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE search_stats FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON search_stats TO nfh_app
	USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON search_stats TO nfh_system USING (true) WITH CHECK (true);
