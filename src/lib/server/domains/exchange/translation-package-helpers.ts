import { createHash } from 'node:crypto';
import { and, asc, eq, exists, gt, inArray, ne, notExists, or } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	events,
	eventSessions,
	guidanceCards,
	GUIDANCE_STAGES,
	offers,
	termTranslations,
	type EventTranslation,
	type GuidanceText,
	type OfferTranslation
} from '$lib/server/db/schema';
import type { MessageKey } from '$lib/i18n';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import type { TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';

/**
 * The texts of a translation package, whatever the file format: offer texts, the network's own
 * guidance cards ("Was jetzt wichtig ist"), event texts and terms (topic names = facet labels,
 * help-number labels and notes). `ref` is `offer:<uuid>`, `guidance:<uuid>`, `event:<uuid>` or
 * `term` (terms are keyed by their German text, like `term_translations`).
 */
export type PackageText = { ref: string; field: string; source: string; max: number; context: string };

/** One filled text of an uploaded package (row of the sheet, unit of the XLIFF file), in file order. */
export type FilledText = { ref: string; field: string; source: string; target: string };
/** What is wrong with the filled text at `index`, and in which part of it. */
export type TextProblem = {
	index: number;
	part: 'id' | 'field' | 'source' | 'target';
	message: MessageKey;
	values?: Record<string, number>;
};
/** A translation the package would write, with the one it replaces. */
export type PackageChange = { id: string; field: string; source: string; before: string; after: string };
/** An error of an uploaded package: XLSX row and column, or XLIFF unit (its number, id and element). */
export type PackageError = {
	row: number;
	column: string;
	message: MessageKey;
	values?: Record<string, number>;
	unit?: string;
};
/** The answer to an upload: the changes and errors, or the one error that stopped reading the file. */
export type PackageResult = {
	format: 'xlsx' | 'xliff';
	changes: PackageChange[];
	errors: PackageError[];
	applied: boolean;
	fileError?: { message: MessageKey; values?: Record<string, string> };
};

export const OFFER_FIELDS = ['title', 'summary', 'description'] as const;
export const GUIDANCE_FIELDS = ['title', 'text'] as const;
export const EVENT_FIELDS = ['title', 'summary', 'description'] as const;
/** Longest translation per kind and field: the limits of the forms that edit the same texts. */
export const MAX_LENGTH = {
	offer: 20_000,
	guidanceTitle: 120,
	guidanceText: 400,
	term: 300,
	event: { title: 200, summary: 400, description: 10_000 }
} as const;

export type OfferTexts = {
	id: string;
	title: string;
	summary: string;
	description: string;
	translations: Record<string, OfferTranslation>;
};
export type GuidanceTexts = {
	id: string;
	title: string;
	text: string;
	translations: Record<string, GuidanceText>;
};
export type EventTexts = {
	id: string;
	title: string;
	summary: string;
	description: string;
	translations: Record<string, EventTranslation>;
};

/** Characters XML 1.0 cannot carry (a vertical tab pasted from a word processor …): written as a space. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A text as it can travel in XML: line ends as `\n`, characters XML cannot carry as spaces. */
export const xmlSafe = (s: string) => s.replace(/\r\n?/g, '\n').replace(NOT_IN_XML, ' ');
/** The same German text as the one exported, whichever format carried it back (outer white space dropped). */
export const sameText = (a: string, b: string) => xmlSafe(a).trim() === xmlSafe(b).trim();
/** Length in characters (code points), as XLIFF's size restriction counts them. */
export const textLength = (s: string) => Array.from(s).length;

/** A short stable key of a term's German text (XLIFF unit ids cannot hold the text itself). */
export const termKey = (source: string) => createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 16);

/** The network's offers (not archived), or those of `ids`. */
export function loadOffers(tx: Tx, ctx: TenantContext, ids?: string[]): Promise<OfferTexts[]> {
	return tx
		.select({
			id: offers.id,
			title: offers.title,
			summary: offers.summary,
			description: offers.description,
			translations: offers.translations
		})
		.from(offers)
		.where(scoped(offers, ctx, ne(offers.status, 'archived'), ids ? inArray(offers.id, ids) : undefined))
		.orderBy(offers.title);
}

/**
 * The network's events that families or professionals see or will see (published, in review or a
 * draft – not cancelled – and not past: a session still to end, or no session yet), or those of `ids`.
 */
export function loadEvents(tx: Tx, ctx: TenantContext, ids?: string[]): Promise<EventTexts[]> {
	const now = ctx.now ?? new Date();
	const sessions = (ending?: Date) =>
		tx
			.select({ id: eventSessions.id })
			.from(eventSessions)
			.where(
				and(
					eq(eventSessions.networkId, events.networkId),
					eq(eventSessions.eventId, events.id),
					ending ? gt(eventSessions.endsAt, ending) : undefined
				)
			);
	return tx
		.select({
			id: events.id,
			title: events.title,
			summary: events.summary,
			description: events.description,
			translations: events.translations
		})
		.from(events)
		.where(
			scoped(
				events,
				ctx,
				ne(events.status, 'cancelled'),
				or(exists(sessions(now)), notExists(sessions())),
				ids ? inArray(events.id, ids) : undefined
			)
		)
		.orderBy(events.title);
}

/** The network's own guidance cards (none while it shows the shipped ones, which are translated), or those of `ids`. */
export async function loadGuidance(tx: Tx, ctx: TenantContext, ids?: string[]): Promise<GuidanceTexts[]> {
	const rows = await tx
		.select({
			id: guidanceCards.id,
			lifeStage: guidanceCards.lifeStage,
			position: guidanceCards.position,
			title: guidanceCards.title,
			text: guidanceCards.text,
			translations: guidanceCards.translations
		})
		.from(guidanceCards)
		.where(scoped(guidanceCards, ctx, ids ? inArray(guidanceCards.id, ids) : undefined))
		.orderBy(asc(guidanceCards.position), asc(guidanceCards.title));
	const stage = (s: string) => GUIDANCE_STAGES.indexOf(s as (typeof GUIDANCE_STAGES)[number]);
	rows.sort((a, b) => stage(a.lifeStage) - stage(b.lifeStage) || a.position - b.position);
	return rows.map(({ id, title, text, translations }) => ({ id, title, text, translations }));
}

/** The network's own term translations of one language: German text → text. */
export async function ownTerms(tx: Tx, ctx: TenantContext, locale: TargetLocale): Promise<Map<string, string>> {
	const rows = await tx
		.select({ source: termTranslations.source, text: termTranslations.text })
		.from(termTranslations)
		.where(scoped(termTranslations, ctx, eq(termTranslations.locale, locale)));
	return new Map(rows.map((r) => [r.source, r.text]));
}
