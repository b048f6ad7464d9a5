import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './columns';

export const MUNICIPALITY_KINDS = ['kreis', 'kreisfreie_stadt', 'stadt', 'landkreis'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** One weekly opening slot; day 1 = Monday … 7 = Sunday (ISO), times "HH:MM" in Berlin time. */
export type WeeklySlot = { day: number; opens: string; closes: string };
/** `important`: shown at the top of the portal home page (at most three). */
export type HelpNumber = { label: string; number: string; note?: string; important?: boolean };

/** The tenant. Every tenant-owned table references it through `network_id`. */
export const networks = pgTable('networks', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	municipality: text('municipality').notNull(),
	municipalityKind: text('municipality_kind').$type<MunicipalityKind>().notNull(),
	description: text('description').notNull().default(''),
	goals: text('goals').notNull().default(''),
	contactName: text('contact_name').notNull().default(''),
	contactAddress: text('contact_address').notNull().default(''),
	contactPhone: text('contact_phone').notNull().default(''),
	contactEmail: text('contact_email').notNull().default(''),
	officeHours: jsonb('office_hours').$type<WeeklySlot[]>().notNull().default([]),
	officeHoursNote: text('office_hours_note').notNull().default(''),
	helpNumbers: jsonb('help_numbers').$type<HelpNumber[]>().notNull().default([]),
	privacyText: text('privacy_text').notNull().default(''),
	imprintText: text('imprint_text').notNull().default(''),
	accessibilityText: text('accessibility_text').notNull().default(''),
	brandPrimary: text('brand_primary').notNull().default('#1d5c8f'),
	brandAccent: text('brand_accent').notNull().default('#8f3b1d'),
	logo: bytea('logo'),
	logoType: text('logo_type'),
	/** Origins allowed to frame the portal widget (CSP frame-ancestors), e.g. https://www.musterstadt.de. */
	embedOrigins: text('embed_origins')
		.array()
		.notNull()
		.default(sql`'{}'::text[]`),
	/** Freshness: providers confirm their offers every N months; after the grace days overdue offers leave the portal. */
	reviewIntervalMonths: integer('review_interval_months').notNull().default(6),
	reviewGraceDays: integer('review_grace_days').notNull().default(30),
	isDemo: boolean('is_demo').notNull().default(false),
	active: boolean('active').notNull().default(true),
	version: integer('version').notNull().default(1),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
