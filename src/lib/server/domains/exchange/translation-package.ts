import { eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { networks, offers, termTranslations, topics, type OfferTranslation } from '$lib/server/db/schema';
import type { MessageKey } from '$lib/i18n';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { helpNumbersFor } from '$lib/server/domains/tenancy/help-numbers';
import { SHIPPED_TERM_TRANSLATIONS, type TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import { readSheet } from './read-sheet';
import { writeXlsx } from './write-xlsx';

/** The columns of a translation package, in this order. */
export const PACKAGE_HEADERS = ['id', 'field', 'German source', 'target text'] as const;
const OFFER_FIELDS = ['title', 'summary', 'description'] as const;
type OfferField = (typeof OFFER_FIELDS)[number];
const isOfferField = (f: string): f is OfferField => (OFFER_FIELDS as readonly string[]).includes(f);
const MAX_TEXT = 20_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type OfferTexts = {
	id: string;
	title: string;
	summary: string;
	description: string;
	translations: Record<string, OfferTranslation>;
};

function loadOffers(tx: Tx, ctx: TenantContext, ids?: string[]): Promise<OfferTexts[]> {
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

async function ownTerms(tx: Tx, ctx: TenantContext, locale: TargetLocale) {
	const rows = await tx
		.select({ source: termTranslations.source, text: termTranslations.text })
		.from(termTranslations)
		.where(scoped(termTranslations, ctx, eq(termTranslations.locale, locale)));
	return new Map(rows.map((r) => [r.source, r.text]));
}

/** Topic names and help-number labels and notes of the network without an own or shipped translation. */
async function untranslatedTerms(tx: Tx, ctx: TenantContext, locale: TargetLocale): Promise<string[]> {
	const own = await ownTerms(tx, ctx, locale);
	const names = (await tx.select({ name: topics.name }).from(topics).where(scoped(topics, ctx))).map((t) => t.name);
	const [network] = await tx
		.select({ helpNumbers: networks.helpNumbers })
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	const help = helpNumbersFor(network?.helpNumbers ?? []).flatMap((h) => [h.label, ...(h.note ? [h.note] : [])]);
	return [...new Set([...names, ...help])].filter((t) => !own.has(t) && !SHIPPED_TERM_TRANSLATIONS[t]?.[locale]);
}

/**
 * The package for a translation office: one XLSX row per text still to translate into `locale`
 * (offer title, summary, description without a translation; topic names and help-number texts).
 */
export async function exportTranslationPackage(ctx: TenantContext, locale: TargetLocale): Promise<Buffer> {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const rows = await tenantTx(ctx, async (tx) => {
		const out: string[][] = [];
		for (const o of await loadOffers(tx, ctx))
			for (const field of OFFER_FIELDS)
				if (o[field].trim() && !o.translations[locale]?.[field]?.trim())
					out.push([`offer:${o.id}`, field, o[field], '']);
		for (const term of await untranslatedTerms(tx, ctx, locale)) out.push(['term', 'name', term, '']);
		return out;
	});
	return writeXlsx(`Übersetzung ${locale}`, [...PACKAGE_HEADERS], rows);
}

export type PackageChange = { id: string; field: string; source: string; before: string; after: string };
export type PackageError = { row: number; column: string; message: MessageKey };
export type PackageResult = { changes: PackageChange[]; errors: PackageError[]; applied: boolean };
type Parsed = { row: number; id: string; field: string; source: string; target: string };

/** The filled rows of the sheet (target text given), or the one error that stops reading it. */
async function readRows(bytes: Uint8Array): Promise<{ rows: Parsed[] } | { error: PackageError }> {
	const sheet = await readSheet(bytes);
	if ('error' in sheet) return { error: { row: 1, column: '', message: sheet.error } };
	const cols = PACKAGE_HEADERS.map((name) =>
		sheet.headers.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase())
	);
	const missing = PACKAGE_HEADERS.find((_, i) => cols[i] === -1);
	if (missing) return { error: { row: 1, column: missing, message: 'tr.errorHeaders' } };
	const cell = (cells: string[], i: number) => (cells[cols[i]!] ?? '').trim();
	return {
		rows: sheet.rows
			.map((r) => ({
				row: r.row,
				id: cell(r.cells, 0),
				field: cell(r.cells, 1),
				source: cell(r.cells, 2),
				target: cell(r.cells, 3)
			}))
			.filter((r) => r.target !== '')
	};
}

/** Each filled row checked against the database: a change (with what it replaces) or an error at its row and column. */
async function check(tx: Tx, ctx: TenantContext, locale: TargetLocale, rows: Parsed[]) {
	const ids = rows.map((r) => r.id.replace(/^offer:/, '')).filter((id) => UUID.test(id));
	const byId = new Map((ids.length ? await loadOffers(tx, ctx, ids) : []).map((o) => [o.id, o]));
	const own = await ownTerms(tx, ctx, locale);
	const changes: PackageChange[] = [];
	const errors: PackageError[] = [];
	const at = (r: Parsed, column: 0 | 1 | 2 | 3, message: MessageKey) =>
		errors.push({ row: r.row, column: PACKAGE_HEADERS[column], message });
	for (const r of rows) {
		if (r.target.length > MAX_TEXT) at(r, 3, 'tr.errorTooLong');
		else if (r.id === 'term') {
			if (r.field !== 'name') at(r, 1, 'tr.errorField');
			else if (!r.source) at(r, 2, 'tr.errorSourceChanged');
			else if (own.get(r.source) !== r.target)
				changes.push({ id: r.id, field: r.field, source: r.source, before: own.get(r.source) ?? '', after: r.target });
		} else {
			const offer = byId.get(r.id.replace(/^offer:/, ''));
			if (!r.id.startsWith('offer:') || !offer) at(r, 0, 'tr.errorUnknown');
			else if (!isOfferField(r.field)) at(r, 1, 'tr.errorField');
			else if (offer[r.field].trim() !== r.source) at(r, 2, 'tr.errorSourceChanged');
			else {
				const before = offer.translations[locale]?.[r.field] ?? '';
				if (before !== r.target) changes.push({ id: r.id, field: r.field, source: r.source, before, after: r.target });
			}
		}
	}
	return { changes, errors, byId };
}

/** Writes the checked changes: offer translations merged per offer, terms as the network's own translations. */
async function write(
	tx: Tx,
	ctx: TenantContext,
	locale: TargetLocale,
	changes: PackageChange[],
	byId: Map<string, OfferTexts>,
	userId: string
) {
	const perOffer = new Map<string, PackageChange[]>();
	for (const c of changes.filter((c) => c.id !== 'term')) {
		const id = c.id.replace(/^offer:/, '');
		perOffer.set(id, [...(perOffer.get(id) ?? []), c]);
	}
	for (const [id, list] of perOffer) {
		const offer = byId.get(id)!;
		const next: OfferTranslation = { ...offer.translations[locale] };
		for (const c of list) next[c.field as OfferField] = c.after;
		const translations = { ...offer.translations, [locale]: next };
		await tx
			.update(offers)
			.set({ translations, updatedAt: new Date() })
			.where(scoped(offers, ctx, eq(offers.id, id)));
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: userId,
			action: 'update',
			entity: 'offer',
			entityId: id,
			before: { translations: offer.translations },
			after: { translations }
		});
	}
	for (const c of changes.filter((c) => c.id === 'term')) {
		await tx
			.insert(termTranslations)
			.values({ networkId: ctx.network.id, source: c.source, locale, text: c.after })
			.onConflictDoUpdate({
				target: [termTranslations.networkId, termTranslations.source, termTranslations.locale],
				set: { text: c.after, updatedAt: new Date() }
			});
		await recordAudit(tx, {
			networkId: ctx.network.id,
			actorUserId: userId,
			action: 'update',
			entity: 'term_translation',
			entityId: ctx.network.id,
			before: c.before ? { locale, source: c.source, text: c.before } : null,
			after: { locale, source: c.source, text: c.after }
		});
	}
}

/**
 * Imports a filled package: the dry run (`apply: false`) lists what would change and the errors
 * with row and column and writes nothing; `apply: true` writes all changes in one transaction,
 * and nothing at all if any row has an error.
 */
export async function importTranslationPackage(
	ctx: TenantContext,
	locale: TargetLocale,
	bytes: Uint8Array,
	o: { apply: boolean }
): Promise<PackageResult> {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	const read = await readRows(bytes);
	if ('error' in read) return { changes: [], errors: [read.error], applied: false };
	return tenantTx(ctx, async (tx) => {
		const { changes, errors, byId } = await check(tx, ctx, locale, read.rows);
		if (!o.apply || errors.length > 0 || changes.length === 0) return { changes, errors, applied: false };
		await write(tx, ctx, locale, changes, byId, actor.userId);
		return { changes, errors, applied: true };
	});
}
