import { eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { networks, topics } from '$lib/server/db/schema';
import { scoped, type TenantContext } from '$lib/server/domains/shared/context';
import { helpNumbersFor } from '$lib/server/domains/tenancy/help-numbers';
import { SHIPPED_TERM_TRANSLATIONS, type TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import {
	EVENT_FIELDS,
	loadEvents,
	loadGuidance,
	loadOffers,
	MAX_LENGTH,
	OFFER_FIELDS,
	ownTerms,
	type PackageText
} from './translation-package-helpers';

/** Topic names and help-number labels and notes of the network without an own or shipped translation. */
async function untranslatedTerms(tx: Tx, ctx: TenantContext, locale: TargetLocale): Promise<string[]> {
	const own = await ownTerms(tx, ctx, locale);
	const names = (
		await tx.select({ name: topics.name }).from(topics).where(scoped(topics, ctx)).orderBy(topics.position)
	).map((t) => t.name);
	const [network] = await tx
		.select({ helpNumbers: networks.helpNumbers })
		.from(networks)
		.where(eq(networks.id, ctx.network.id));
	const help = helpNumbersFor(network?.helpNumbers ?? []).flatMap((h) => [h.label, ...(h.note ? [h.note] : [])]);
	return [...new Set([...names, ...help])].filter(
		(t) => t.trim() && !own.has(t) && !SHIPPED_TERM_TRANSLATIONS[t]?.[locale]
	);
}

/**
 * Every text a family sees in `locale` that has no translation there yet: offer title, summary
 * and description; the title and short text of the network's guidance cards; title, summary and
 * description of the events that are or will be shown (see `loadEvents`); topic names and
 * help-number texts with neither an own nor a shipped translation. (Nothing records when a
 * German text changed after its translation, so a translated text is not listed again.)
 */
export async function listUntranslatedTexts(tx: Tx, ctx: TenantContext, locale: TargetLocale): Promise<PackageText[]> {
	const out: PackageText[] = [];
	for (const o of await loadOffers(tx, ctx))
		for (const field of OFFER_FIELDS)
			if (o[field].trim() && !o.translations[locale]?.[field]?.trim())
				out.push({ ref: `offer:${o.id}`, field, source: o[field], max: MAX_LENGTH.offer, context: o.title });
	for (const c of await loadGuidance(tx, ctx)) {
		const tr = c.translations[locale];
		if (!tr?.title?.trim())
			out.push({
				ref: `guidance:${c.id}`,
				field: 'title',
				source: c.title,
				max: MAX_LENGTH.guidanceTitle,
				context: c.title
			});
		if (c.text.trim() && !tr?.text?.trim())
			out.push({
				ref: `guidance:${c.id}`,
				field: 'text',
				source: c.text,
				max: MAX_LENGTH.guidanceText,
				context: c.title
			});
	}
	for (const e of await loadEvents(tx, ctx))
		for (const field of EVENT_FIELDS)
			if (e[field].trim() && !e.translations[locale]?.[field]?.trim())
				out.push({ ref: `event:${e.id}`, field, source: e[field], max: MAX_LENGTH.event[field], context: e.title });
	for (const term of await untranslatedTerms(tx, ctx, locale))
		out.push({ ref: 'term', field: 'name', source: term, max: MAX_LENGTH.term, context: '' });
	return out;
}
