-- Immutable wrapper so unaccent can be used in generated columns and indexes.
CREATE OR REPLACE FUNCTION nfh_unaccent(text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
CREATE TABLE "districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"postcodes" text[] DEFAULT '{}'::text[] NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"geojson" jsonb
);
--> statement-breakpoint
CREATE TABLE "offer_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"street" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"district_id" uuid,
	"lat" double precision,
	"lng" double precision
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"organisation_id" uuid,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"life_stages" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer_type" text NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"prevention_level" text DEFAULT 'universell' NOT NULL,
	"cost_free" boolean DEFAULT true NOT NULL,
	"cost_text" text DEFAULT '' NOT NULL,
	"languages" text[] DEFAULT '{de}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"registration_required" boolean DEFAULT false NOT NULL,
	"schedule" jsonb DEFAULT '{"weekly":[]}'::jsonb NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_web" text DEFAULT '' NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"verified_at" timestamp with time zone,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_extra" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', nfh_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('german', nfh_unaccent(coalesce(summary, ''))), 'B') || setweight(to_tsvector('german', nfh_unaccent(coalesce(search_extra, ''))), 'B') || setweight(to_tsvector('german', nfh_unaccent(coalesce(description, ''))), 'C')) STORED,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"network_id" uuid NOT NULL,
	"word" text NOT NULL,
	"frequency" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "synonym_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"terms" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_locations" ADD CONSTRAINT "offer_locations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_locations" ADD CONSTRAINT "offer_locations_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_locations" ADD CONSTRAINT "offer_locations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_words" ADD CONSTRAINT "search_words_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "synonym_groups" ADD CONSTRAINT "synonym_groups_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "districts_network_name_idx" ON "districts" USING btree ("network_id","name");--> statement-breakpoint
CREATE INDEX "offer_locations_offer_idx" ON "offer_locations" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "offer_locations_network_idx" ON "offer_locations" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "offers_network_status_idx" ON "offers" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "offers_search_idx" ON "offers" USING gin ("search");--> statement-breakpoint
CREATE INDEX "offers_title_trgm_idx" ON "offers" USING gin (nfh_unaccent(lower("title")) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "search_words_pk" ON "search_words" USING btree ("network_id","word");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "synonym_groups_network_idx" ON "synonym_groups" USING btree ("network_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_network_slug_idx" ON "topics" USING btree ("network_id","slug");