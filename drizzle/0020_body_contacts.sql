CREATE TABLE "body_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "body_contacts" ADD CONSTRAINT "body_contacts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_contacts" ADD CONSTRAINT "body_contacts_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_contacts" ADD CONSTRAINT "body_contacts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "body_contacts_unique_idx" ON "body_contacts" USING btree ("body_id","contact_id");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON body_contacts TO nfh_app;
--> statement-breakpoint
ALTER TABLE body_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE body_contacts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON body_contacts TO nfh_app
	USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
	WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY system_access ON body_contacts TO nfh_system USING (true) WITH CHECK (true);
