-- Every reference from one tenant table to another carries network_id, so the database itself refuses
-- a row of one network that points at a row of another (issue 11, item 10).
-- First clear optional references that already point into another network (the use cases did not check
-- every one), so the new constraints can be added on existing data.
UPDATE "bodies" AS r SET "lead_contact_id" = NULL WHERE r."lead_contact_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "contacts" AS x WHERE x."id" = r."lead_contact_id" AND x."network_id" = r."network_id");--> statement-breakpoint
UPDATE "meeting_invitations" AS r SET "contact_id" = NULL WHERE r."contact_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "contacts" AS x WHERE x."id" = r."contact_id" AND x."network_id" = r."network_id");--> statement-breakpoint
UPDATE "offer_locations" AS r SET "district_id" = NULL WHERE r."district_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "districts" AS x WHERE x."id" = r."district_id" AND x."network_id" = r."network_id");--> statement-breakpoint
UPDATE "offers" AS r SET "organisation_id" = NULL WHERE r."organisation_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "organisations" AS x WHERE x."id" = r."organisation_id" AND x."network_id" = r."network_id");--> statement-breakpoint
UPDATE "organisations" AS r SET "partner_category_id" = NULL WHERE r."partner_category_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "partner_categories" AS x WHERE x."id" = r."partner_category_id" AND x."network_id" = r."network_id");--> statement-breakpoint
UPDATE "tasks" AS r SET "owner_contact_id" = NULL WHERE r."owner_contact_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "contacts" AS x WHERE x."id" = r."owner_contact_id" AND x."network_id" = r."network_id");--> statement-breakpoint
UPDATE "offers" AS o SET "district_ids" = ARRAY(SELECT d FROM unnest(o."district_ids") AS d WHERE EXISTS (SELECT 1 FROM "districts" AS x WHERE x."id"::text = d AND x."network_id" = o."network_id")) WHERE EXISTS (SELECT 1 FROM unnest(o."district_ids") AS d WHERE NOT EXISTS (SELECT 1 FROM "districts" AS x WHERE x."id"::text = d AND x."network_id" = o."network_id"));--> statement-breakpoint
UPDATE "organisations" AS o SET "district_ids" = ARRAY(SELECT d FROM unnest(o."district_ids") AS d WHERE EXISTS (SELECT 1 FROM "districts" AS x WHERE x."id"::text = d AND x."network_id" = o."network_id")) WHERE EXISTS (SELECT 1 FROM unnest(o."district_ids") AS d WHERE NOT EXISTS (SELECT 1 FROM "districts" AS x WHERE x."id"::text = d AND x."network_id" = o."network_id"));--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "partner_categories" ADD CONSTRAINT "partner_categories_network_id_id_unique" UNIQUE("network_id","id");--> statement-breakpoint
ALTER TABLE "agreement_signatures" DROP CONSTRAINT "agreement_signatures_organisation_id_organisations_id_fk";--> statement-breakpoint
ALTER TABLE "agreement_signatures" DROP CONSTRAINT "agreement_signatures_version_id_agreement_versions_id_fk";--> statement-breakpoint
ALTER TABLE "agreement_versions" DROP CONSTRAINT "agreement_versions_agreement_id_agreements_id_fk";--> statement-breakpoint
ALTER TABLE "bodies" DROP CONSTRAINT "bodies_lead_contact_id_contacts_id_fk";--> statement-breakpoint
ALTER TABLE "body_contacts" DROP CONSTRAINT "body_contacts_body_id_bodies_id_fk";--> statement-breakpoint
ALTER TABLE "body_contacts" DROP CONSTRAINT "body_contacts_contact_id_contacts_id_fk";--> statement-breakpoint
ALTER TABLE "body_members" DROP CONSTRAINT "body_members_body_id_bodies_id_fk";--> statement-breakpoint
ALTER TABLE "body_members" DROP CONSTRAINT "body_members_organisation_id_organisations_id_fk";--> statement-breakpoint
ALTER TABLE "contacts" DROP CONSTRAINT "contacts_organisation_id_organisations_id_fk";--> statement-breakpoint
ALTER TABLE "documents" DROP CONSTRAINT "documents_body_id_bodies_id_fk";--> statement-breakpoint
ALTER TABLE "documents" DROP CONSTRAINT "documents_meeting_id_meetings_id_fk";--> statement-breakpoint
ALTER TABLE "meeting_invitations" DROP CONSTRAINT "meeting_invitations_contact_id_contacts_id_fk";--> statement-breakpoint
ALTER TABLE "meeting_invitations" DROP CONSTRAINT "meeting_invitations_meeting_id_meetings_id_fk";--> statement-breakpoint
ALTER TABLE "meetings" DROP CONSTRAINT "meetings_body_id_bodies_id_fk";--> statement-breakpoint
ALTER TABLE "membership_events" DROP CONSTRAINT "membership_events_organisation_id_organisations_id_fk";--> statement-breakpoint
ALTER TABLE "offer_confirmations" DROP CONSTRAINT "offer_confirmations_offer_id_offers_id_fk";--> statement-breakpoint
ALTER TABLE "offer_locations" DROP CONSTRAINT "offer_locations_district_id_districts_id_fk";--> statement-breakpoint
ALTER TABLE "offer_locations" DROP CONSTRAINT "offer_locations_offer_id_offers_id_fk";--> statement-breakpoint
ALTER TABLE "offer_versions" DROP CONSTRAINT "offer_versions_offer_id_offers_id_fk";--> statement-breakpoint
ALTER TABLE "offers" DROP CONSTRAINT "offers_organisation_id_organisations_id_fk";--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_partner_category_id_partner_categories_id_fk";--> statement-breakpoint
ALTER TABLE "role_assignments" DROP CONSTRAINT "role_assignments_organisation_id_organisations_id_fk";--> statement-breakpoint
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_body_id_bodies_id_fk";--> statement-breakpoint
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_meeting_id_meetings_id_fk";--> statement-breakpoint
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_owner_contact_id_contacts_id_fk";--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_signatures" ADD CONSTRAINT "agreement_signatures_version_id_fk" FOREIGN KEY ("network_id","version_id") REFERENCES "public"."agreement_versions"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_agreement_id_fk" FOREIGN KEY ("network_id","agreement_id") REFERENCES "public"."agreements"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_lead_contact_id_fk" FOREIGN KEY ("network_id","lead_contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE SET NULL ("lead_contact_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_contacts" ADD CONSTRAINT "body_contacts_body_id_fk" FOREIGN KEY ("network_id","body_id") REFERENCES "public"."bodies"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_contacts" ADD CONSTRAINT "body_contacts_contact_id_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_body_id_fk" FOREIGN KEY ("network_id","body_id") REFERENCES "public"."bodies"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_body_id_fk" FOREIGN KEY ("network_id","body_id") REFERENCES "public"."bodies"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_id_fk" FOREIGN KEY ("network_id","meeting_id") REFERENCES "public"."meetings"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_contact_id_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE SET NULL ("contact_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_fk" FOREIGN KEY ("network_id","meeting_id") REFERENCES "public"."meetings"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_fk" FOREIGN KEY ("network_id","body_id") REFERENCES "public"."bodies"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_confirmations" ADD CONSTRAINT "offer_confirmations_offer_id_fk" FOREIGN KEY ("network_id","offer_id") REFERENCES "public"."offers"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_locations" ADD CONSTRAINT "offer_locations_district_id_fk" FOREIGN KEY ("network_id","district_id") REFERENCES "public"."districts"("network_id","id") ON DELETE SET NULL ("district_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_locations" ADD CONSTRAINT "offer_locations_offer_id_fk" FOREIGN KEY ("network_id","offer_id") REFERENCES "public"."offers"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_versions" ADD CONSTRAINT "offer_versions_offer_id_fk" FOREIGN KEY ("network_id","offer_id") REFERENCES "public"."offers"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE SET NULL ("organisation_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_partner_category_id_fk" FOREIGN KEY ("network_id","partner_category_id") REFERENCES "public"."partner_categories"("network_id","id") ON DELETE SET NULL ("partner_category_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_organisation_id_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_body_id_fk" FOREIGN KEY ("network_id","body_id") REFERENCES "public"."bodies"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_meeting_id_fk" FOREIGN KEY ("network_id","meeting_id") REFERENCES "public"."meetings"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_contact_id_fk" FOREIGN KEY ("network_id","owner_contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE SET NULL ("owner_contact_id") ON UPDATE no action;
