CREATE TABLE "import_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_uploads" ADD CONSTRAINT "import_uploads_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_uploads_network_idx" ON "import_uploads" USING btree ("network_id");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON import_uploads TO nfh_app;
--> statement-breakpoint
ALTER TABLE import_uploads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE import_uploads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON import_uploads TO nfh_app
	USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON import_uploads TO nfh_system USING (true) WITH CHECK (true);
