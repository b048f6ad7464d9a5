import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { networks } from './tenancy';

/** Life stages the home page's "Was jetzt wichtig ist" is grouped by (the offer search's codes). */
export const GUIDANCE_STAGES = ['schwangerschaft', '0-1', '1-3', 'kita', 'grundschule'] as const;
export type GuidanceStage = (typeof GUIDANCE_STAGES)[number];

/** Title and short text of a card in one language other than German. */
export type GuidanceText = { title: string; text: string };

/** A short "what to do first" card on the home page, per life stage, leading to a prefilled search. */
export const guidanceCards = pgTable(
	'guidance_cards',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		lifeStage: text('life_stage').$type<GuidanceStage>().notNull(),
		/** German title and text: required; the other languages fall back to them. */
		title: text('title').notNull(),
		text: text('text').notNull().default(''),
		/** Search words of the prefilled search the card leads to. */
		query: text('query').notNull().default(''),
		position: integer('position').notNull().default(0),
		/** `{ locale: { title, text } }` for every language but German. */
		translations: jsonb('translations').$type<Record<string, GuidanceText>>().notNull().default({}),
		version: integer('version').notNull().default(1),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('guidance_cards_network_stage_idx').on(t.networkId, t.lifeStage, t.position)]
);
