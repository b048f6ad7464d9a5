-- Planning and reports (issue 15): population figures per district and year, planning settings,
-- the funding helper's years, service areas (Einzugsgebiet) of offers and organisations, meeting
-- attendance, demand gaps noted from the search statistics and published Jahresberichte.
-- Every new table with forced RLS like the other tenant tables.
CREATE TABLE "population_figures" (
	"network_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"children_0_3" integer,
	"children_3_6" integer,
	"births" integer,
	"children_0_3_sgb2" integer,
	"extra" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "population_figures_district_id_year_pk" PRIMARY KEY("district_id","year"),
	CONSTRAINT "population_figures_non_negative" CHECK (coalesce("children_0_3", 0) >= 0 AND coalesce("children_3_6", 0) >= 0 AND coalesce("births", 0) >= 0 AND coalesce("children_0_3_sgb2", 0) >= 0 AND coalesce("extra", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "planning_settings" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"extra_figure_name" text DEFAULT '' NOT NULL,
	"gap_threshold" numeric(8, 2),
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_years" (
	"network_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"land_children_0_3_sgb2" integer,
	"allocation_cents" bigint,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_years_network_id_year_pk" PRIMARY KEY("network_id","year")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"invitation_id" uuid,
	"contact_id" uuid,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_invitation_unique" UNIQUE("meeting_id","invitation_id"),
	CONSTRAINT "meeting_attendance_contact_unique" UNIQUE("meeting_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "demand_gaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"term" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"month" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "demand_gaps_network_term_unique" UNIQUE("network_id","term")
);
--> statement-breakpoint
CREATE TABLE "published_reports" (
	"network_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"pdf" bytea NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "published_reports_network_id_year_pk" PRIMARY KEY("network_id","year")
);
--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_network_id_id_unique" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "service_district_ids" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "serves_whole_network" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "serves_whole_network" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "population_figures" ADD CONSTRAINT "population_figures_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "population_figures" ADD CONSTRAINT "population_figures_district_id_fk" FOREIGN KEY ("network_id","district_id") REFERENCES "public"."districts"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "planning_settings" ADD CONSTRAINT "planning_settings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "funding_years" ADD CONSTRAINT "funding_years_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_fk" FOREIGN KEY ("network_id","meeting_id") REFERENCES "public"."meetings"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_invitation_id_fk" FOREIGN KEY ("network_id","invitation_id") REFERENCES "public"."meeting_invitations"("network_id","id") ON DELETE SET NULL ("invitation_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_contact_id_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE SET NULL ("contact_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE SET NULL ("organisation_id") ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "demand_gaps" ADD CONSTRAINT "demand_gaps_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "published_reports" ADD CONSTRAINT "published_reports_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "population_figures_network_year_idx" ON "population_figures" USING btree ("network_id","year");
--> statement-breakpoint
CREATE INDEX "meeting_attendance_meeting_idx" ON "meeting_attendance" USING btree ("meeting_id");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON population_figures, planning_settings, funding_years, meeting_attendance, demand_gaps, published_reports TO nfh_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['population_figures', 'planning_settings', 'funding_years', 'meeting_attendance', 'demand_gaps', 'published_reports'] LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
		EXECUTE format($p$CREATE POLICY tenant_isolation ON %I TO nfh_app
			USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
			WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid)$p$, t);
		EXECUTE format('CREATE POLICY system_access ON %I TO nfh_system USING (true) WITH CHECK (true)', t);
	END LOOP;
END $$;
