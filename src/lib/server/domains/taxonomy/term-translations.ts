import { and, eq } from 'drizzle-orm';
import type { LocaleCode } from '$lib/i18n/locales';
import { termTranslations } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/domains/shared/actor';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { scoped, tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { AppError } from '$lib/server/errors';
import { SHIPPED_TERM_TRANSLATIONS, type TargetLocale } from './shipped-term-translations';

/** German text → text in the page language. */
export type TermTranslator = (german: string) => string;

/**
 * The translator of topic names and help-number labels for one portal language: the
 * network's own translation, else the shipped one, else the German text unchanged.
 */
export async function loadTermTranslator(ctx: TenantContext, locale: LocaleCode): Promise<TermTranslator> {
	if (locale === 'de') return (german) => german;
	const own = await tenantTx(ctx, (tx) =>
		tx
			.select({ source: termTranslations.source, text: termTranslations.text })
			.from(termTranslations)
			.where(scoped(termTranslations, ctx, eq(termTranslations.locale, locale)))
	);
	const map = new Map(own.map((r) => [r.source, r.text]));
	return (german) => map.get(german) || SHIPPED_TERM_TRANSLATIONS[german]?.[locale] || german;
}

/** The network's own translations of one language with their versions (for the editor's optimistic lock). */
export async function listTermTranslations(ctx: TenantContext, locale: TargetLocale) {
	requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, (tx) =>
		tx
			.select({ source: termTranslations.source, text: termTranslations.text, version: termTranslations.version })
			.from(termTranslations)
			.where(scoped(termTranslations, ctx, eq(termTranslations.locale, locale)))
	);
}

/** One edited term: `version` as loaded (0 = had no own translation); an empty text removes it. */
export type TermEdit = { source: string; text: string; version: number };

/**
 * Saves a coordinator's translations of one language all at once: a term someone else saved
 * meanwhile raises `conflict` (nothing is written), every change is audited.
 */
export async function saveTermTranslations(ctx: TenantContext, locale: TargetLocale, edits: TermEdit[]) {
	const actor = requireRole(ctx.actor, 'coordinator', ctx.network.id);
	return tenantTx(ctx, async (tx) => {
		let changed = 0;
		for (const edit of edits) {
			const where = scoped(
				termTranslations,
				ctx,
				and(eq(termTranslations.locale, locale), eq(termTranslations.source, edit.source))
			);
			const [current] = await tx.select().from(termTranslations).where(where).for('update');
			if ((current?.version ?? 0) !== edit.version) throw new AppError('conflict', { source: edit.source });
			const text = edit.text.trim();
			if ((current?.text ?? '') === text) continue;
			if (!text) await tx.delete(termTranslations).where(where);
			else if (current)
				await tx
					.update(termTranslations)
					.set({ text, version: current.version + 1, updatedAt: new Date() })
					.where(where);
			else await tx.insert(termTranslations).values({ networkId: ctx.network.id, source: edit.source, locale, text });
			await recordAudit(tx, {
				networkId: ctx.network.id,
				actorUserId: actor.userId,
				action: 'update',
				entity: 'term_translation',
				entityId: ctx.network.id,
				before: current ? { locale, source: edit.source, text: current.text } : null,
				after: text ? { locale, source: edit.source, text } : null
			});
			changed++;
		}
		return { changed };
	});
}
