import { eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	events,
	guidanceCards,
	offers,
	termTranslations,
	type EventTranslation,
	type GuidanceText,
	type OfferTranslation
} from '$lib/server/db/schema';
import type { MessageKey } from '$lib/i18n';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import type { TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import {
	EVENT_FIELDS,
	GUIDANCE_FIELDS,
	loadEvents,
	loadGuidance,
	loadOffers,
	MAX_LENGTH,
	OFFER_FIELDS,
	ownTerms,
	sameText,
	textLength,
	type EventTexts,
	type FilledText,
	type GuidanceTexts,
	type OfferTexts,
	type PackageChange,
	type TextProblem
} from './translation-package-helpers';

type Checked = PackageChange & { index: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Kind = 'offer' | 'guidance' | 'event';
const idOf = (ref: string, kind: Kind) =>
	ref.startsWith(`${kind}:`) && UUID.test(ref.slice(kind.length + 1)) ? ref.slice(kind.length + 1).toLowerCase() : null;
const has = (fields: readonly string[], field: string) => fields.includes(field);

async function load(tx: Tx, ctx: TenantContext, entries: FilledText[]) {
	const ids = (kind: Kind) => [...new Set(entries.map((e) => idOf(e.ref, kind)).filter((id): id is string => !!id))];
	const offerIds = ids('offer');
	const cardIds = ids('guidance');
	const eventIds = ids('event');
	return {
		offersById: new Map((offerIds.length ? await loadOffers(tx, ctx, offerIds) : []).map((o) => [o.id, o])),
		cardsById: new Map((cardIds.length ? await loadGuidance(tx, ctx, cardIds) : []).map((c) => [c.id, c])),
		eventsById: new Map((eventIds.length ? await loadEvents(tx, ctx, eventIds) : []).map((e) => [e.id, e]))
	};
}

type Loaded = Awaited<ReturnType<typeof load>>;
type Found = { kind: Kind; record: OfferTexts | GuidanceTexts | EventTexts; fields: readonly string[] };

/** The offer, card or event a filled text belongs to, or null when the network has none of that id (to translate). */
function recordOf(loaded: Loaded, ref: string): Found | null {
	const offer = loaded.offersById.get(idOf(ref, 'offer') ?? '');
	if (offer) return { kind: 'offer', record: offer, fields: OFFER_FIELDS };
	const card = loaded.cardsById.get(idOf(ref, 'guidance') ?? '');
	if (card) return { kind: 'guidance', record: card, fields: GUIDANCE_FIELDS };
	const event = loaded.eventsById.get(idOf(ref, 'event') ?? '');
	return event ? { kind: 'event', record: event, fields: EVENT_FIELDS } : null;
}

function maxOf(kind: Kind, field: string): number {
	if (kind === 'offer') return MAX_LENGTH.offer;
	if (kind === 'event') return MAX_LENGTH.event[field as (typeof EVENT_FIELDS)[number]];
	return field === 'title' ? MAX_LENGTH.guidanceTitle : MAX_LENGTH.guidanceText;
}

/** Each filled text checked against the database: a change (with what it replaces) or a problem. */
async function check(tx: Tx, ctx: TenantContext, locale: TargetLocale, entries: FilledText[]) {
	const loaded = await load(tx, ctx, entries);
	const { cardsById } = loaded;
	const own = await ownTerms(tx, ctx, locale);
	const changes: Checked[] = [];
	const problems: TextProblem[] = [];
	const seen = new Set<string>();
	entries.forEach((e, index) => {
		const problem = (part: TextProblem['part'], message: MessageKey, values?: Record<string, number>) =>
			void problems.push({ index, part, message, ...(values ? { values } : {}) });
		const key = `${e.ref.toLowerCase()}\u0000${e.field}\u0000${e.ref === 'term' ? e.source.trim() : ''}`;
		if (seen.has(key)) return problem('id', 'tr.errorDuplicate');
		seen.add(key);
		if (e.ref === 'term') {
			if (e.field !== 'name') return problem('field', 'tr.errorField');
			if (!e.source.trim()) return problem('source', 'tr.errorSourceChanged');
			if (textLength(e.target) > MAX_LENGTH.term) return problem('target', 'tr.errorTooLong', { max: MAX_LENGTH.term });
			const before = own.get(e.source) ?? '';
			if (before !== e.target)
				changes.push({ index, id: 'term', field: 'name', source: e.source, before, after: e.target });
			return;
		}
		const found = recordOf(loaded, e.ref);
		if (!found) return problem('id', 'tr.errorUnknown');
		if (!has(found.fields, e.field)) return problem('field', 'tr.errorField');
		const record = found.record as unknown as Record<string, string>;
		if (!sameText(record[e.field] ?? '', e.source)) return problem('source', 'tr.errorSourceChanged');
		const max = maxOf(found.kind, e.field);
		if (textLength(e.target) > max) return problem('target', 'tr.errorTooLong', { max });
		const translations = found.record.translations as Record<string, Record<string, string | undefined>>;
		const before = translations[locale]?.[e.field] ?? '';
		const id = `${found.kind}:${found.record.id}`;
		if (before !== e.target) changes.push({ index, id, field: e.field, source: e.source, before, after: e.target });
	});
	// The portal shows a card's text in a language only under a title in that language.
	for (const c of changes.filter((c) => c.id.startsWith('guidance:') && c.field === 'text')) {
		const card = cardsById.get(c.id.slice('guidance:'.length))!;
		if (!card.translations[locale]?.title && !changes.some((d) => d.id === c.id && d.field === 'title'))
			problems.push({ index: c.index, part: 'target', message: 'tr.errorGuidanceTitle' });
	}
	problems.sort((a, b) => a.index - b.index);
	return { changes, problems, ...loaded };
}

function byRecord(changes: Checked[], kind: Kind) {
	const out = new Map<string, Checked[]>();
	for (const c of changes.filter((c) => c.id.startsWith(`${kind}:`))) {
		const id = c.id.slice(kind.length + 1);
		out.set(id, [...(out.get(id) ?? []), c]);
	}
	return out;
}

/** Writes the checked changes: offer, card and event translations merged per record (version + 1), terms as own translations. */
async function write(
	tx: Tx,
	ctx: TenantContext,
	locale: TargetLocale,
	checked: Awaited<ReturnType<typeof check>>,
	userId: string
) {
	const audit = (entity: string, entityId: string, before: unknown, after: unknown) =>
		recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: userId,
			action: 'update',
			entity,
			entityId,
			before,
			after
		});
	const now = ctx.now ?? new Date();
	for (const [id, list] of byRecord(checked.changes, 'offer')) {
		const offer = checked.offersById.get(id) as OfferTexts;
		const next: OfferTranslation = { ...offer.translations[locale] };
		for (const c of list) next[c.field as (typeof OFFER_FIELDS)[number]] = c.after;
		const translations = { ...offer.translations, [locale]: next };
		// version + 1: an offer form opened before the import conflicts instead of saving the old translations.
		await tx
			.update(offers)
			.set({ translations, version: sql`${offers.version} + 1`, updatedAt: now })
			.where(scoped(offers, ctx, eq(offers.id, id)));
		await audit('offer', id, { translations: offer.translations }, { translations });
	}
	for (const [id, list] of byRecord(checked.changes, 'guidance')) {
		const card = checked.cardsById.get(id) as GuidanceTexts;
		const next: GuidanceText = { title: '', text: '', ...card.translations[locale] };
		for (const c of list) next[c.field as (typeof GUIDANCE_FIELDS)[number]] = c.after;
		const translations = { ...card.translations, [locale]: next };
		await tx
			.update(guidanceCards)
			.set({ translations, version: sql`${guidanceCards.version} + 1`, updatedAt: now })
			.where(scoped(guidanceCards, ctx, eq(guidanceCards.id, id)));
		await audit('guidance_card', id, { translations: card.translations }, { translations });
	}
	for (const [id, list] of byRecord(checked.changes, 'event')) {
		const event = checked.eventsById.get(id) as EventTexts;
		const next: EventTranslation = { ...event.translations[locale] };
		for (const c of list) next[c.field as (typeof EVENT_FIELDS)[number]] = c.after;
		const translations = { ...event.translations, [locale]: next };
		// version + 1: an event form opened before the import conflicts instead of saving the old translations.
		await tx
			.update(events)
			.set({ translations, version: sql`${events.version} + 1`, updatedAt: now })
			.where(scoped(events, ctx, eq(events.id, id)));
		await audit('event', id, { translations: event.translations }, { translations });
	}
	for (const c of checked.changes.filter((c) => c.id === 'term')) {
		await tx
			.insert(termTranslations)
			.values({ networkId: ctx.network.id, source: c.source, locale, text: c.after })
			.onConflictDoUpdate({
				target: [termTranslations.networkId, termTranslations.source, termTranslations.locale],
				set: { text: c.after, version: sql`${termTranslations.version} + 1`, updatedAt: now }
			});
		await audit('term_translation', ctx.network.id, c.before ? { locale, source: c.source, text: c.before } : null, {
			locale,
			source: c.source,
			text: c.after
		});
	}
}

/**
 * Checks the filled texts of a package in the caller's transaction and, with `apply` and no
 * problem at all, writes every change (all or nothing). The same for every file format.
 */
export async function applyTranslatedTexts(
	tx: Tx,
	ctx: TenantContext,
	locale: TargetLocale,
	entries: FilledText[],
	o: { apply: boolean; userId: string }
): Promise<{ changes: Checked[]; problems: TextProblem[]; applied: boolean }> {
	const checked = await check(tx, ctx, locale, entries);
	const { changes, problems } = checked;
	if (!o.apply || problems.length > 0 || changes.length === 0) return { changes, problems, applied: false };
	await write(tx, ctx, locale, checked, o.userId);
	return { changes, problems, applied: true };
}
