-- Events and trainings (issue 14): events with sessions and registration questions, registrations
-- with waiting list and personal links, attendance per session, certificates, anonymous feedback,
-- the network's event settings. Every table with forced RLS like the other tenant tables.
CREATE TABLE "event_attendance" (
	"network_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_attendance_registration_id_session_id_pk" PRIMARY KEY("registration_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "event_certificates" (
	"code" text PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"holder_name" text DEFAULT '' NOT NULL,
	"hours" numeric(5, 1),
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"helped" text DEFAULT '' NOT NULL,
	"missing" text DEFAULT '' NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"answers" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"choices" text[] DEFAULT '{}'::text[] NOT NULL,
	"required" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"organisation_name" text DEFAULT '' NOT NULL,
	"persons" integer DEFAULT 1 NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"locale" text DEFAULT 'de' NOT NULL,
	"user_id" uuid,
	"consent_at" timestamp with time zone,
	"token_hashes" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"certificate_code" text,
	"certificate_sent_at" timestamp with time zone,
	"feedback_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registrations_network_id_id_unique" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "event_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "event_sessions_network_id_id_unique" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "event_settings" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"reminder_days" integer DEFAULT 2 NOT NULL,
	"retention_months" integer DEFAULT 6 NOT NULL,
	"consent_text" text DEFAULT '' NOT NULL,
	"rate_limit_per_hour" integer DEFAULT 10 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"audience" text NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"organisation_id" uuid,
	"capacity" integer NOT NULL,
	"waiting_list" boolean DEFAULT true NOT NULL,
	"promotion_mode" text DEFAULT 'automatic' NOT NULL,
	"offer_hours" integer DEFAULT 48 NOT NULL,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"fee_cents" integer,
	"cost_free" boolean DEFAULT true NOT NULL,
	"languages" text[] DEFAULT '{de}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility_note" text DEFAULT '' NOT NULL,
	"life_stages" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"training_hours" numeric(5, 1),
	"training_unit" text DEFAULT 'ue' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"feedback_questions" text[] DEFAULT '{}'::text[] NOT NULL,
	"certificate_signer" text DEFAULT '' NOT NULL,
	"signature_image" text,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"cancelled_at" timestamp with time zone,
	"personal_data_deleted_at" timestamp with time zone,
	"kept_counts" jsonb,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_network_id_id_unique" UNIQUE("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_registration_id_fk" FOREIGN KEY ("network_id","registration_id") REFERENCES "public"."event_registrations"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_attendance" ADD CONSTRAINT "event_attendance_session_id_fk" FOREIGN KEY ("network_id","session_id") REFERENCES "public"."event_sessions"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_certificates" ADD CONSTRAINT "event_certificates_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_certificates" ADD CONSTRAINT "event_certificates_event_id_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_feedback" ADD CONSTRAINT "event_feedback_event_id_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_questions" ADD CONSTRAINT "event_questions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_questions" ADD CONSTRAINT "event_questions_event_id_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_settings" ADD CONSTRAINT "event_settings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE SET NULL ("organisation_id") ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "event_certificates_event_idx" ON "event_certificates" USING btree ("event_id");
--> statement-breakpoint
CREATE INDEX "event_feedback_event_idx" ON "event_feedback" USING btree ("event_id");
--> statement-breakpoint
CREATE INDEX "event_questions_event_idx" ON "event_questions" USING btree ("event_id","position");
--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_number_idx" ON "event_registrations" USING btree ("event_id","number");
--> statement-breakpoint
CREATE INDEX "event_registrations_event_status_idx" ON "event_registrations" USING btree ("event_id","status","number");
--> statement-breakpoint
CREATE INDEX "event_registrations_token_hashes_idx" ON "event_registrations" USING gin ("token_hashes");
--> statement-breakpoint
CREATE INDEX "event_registrations_email_idx" ON "event_registrations" USING btree ("network_id","email");
--> statement-breakpoint
CREATE INDEX "event_sessions_event_idx" ON "event_sessions" USING btree ("event_id","starts_at");
--> statement-breakpoint
CREATE INDEX "event_sessions_starts_idx" ON "event_sessions" USING btree ("network_id","starts_at");
--> statement-breakpoint
CREATE INDEX "events_network_status_idx" ON "events" USING btree ("network_id","status");
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON events, event_sessions, event_questions, event_registrations, event_attendance, event_certificates, event_feedback, event_settings TO nfh_app;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['events', 'event_sessions', 'event_questions', 'event_registrations', 'event_attendance', 'event_certificates', 'event_feedback', 'event_settings'] LOOP
		EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
		EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
		EXECUTE format($p$CREATE POLICY tenant_isolation ON %I TO nfh_app
			USING (network_id = nullif(current_setting('app.network_id', true), '')::uuid)
			WITH CHECK (network_id = nullif(current_setting('app.network_id', true), '')::uuid)$p$, t);
		EXECUTE format('CREATE POLICY system_access ON %I TO nfh_system USING (true) WITH CHECK (true)', t);
	END LOOP;
END $$;
