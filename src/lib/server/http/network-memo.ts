import type { RequestEvent } from '@sveltejs/kit';
import type { NetworkRef } from '$lib/server/domains/shared/context';
import type { LocaleCode } from '$lib/i18n/locales';
import { getNetworkBySlug, type Network } from '$lib/server/domains/tenancy/get-network';
import { listFacetLabels } from '$lib/server/domains/taxonomy/list-facet-labels';
import { loadTermTranslator } from '$lib/server/domains/taxonomy/term-translations';
import { publicContext } from './context';

/**
 * Per-process memo of the network data every public request reads before its own work: the
 * network by its slug, its topic and district names, its own term translations. Found by profile
 * (issue 17): on an uncached search page these reads were 9 of 14 statements. Kept until the
 * network's data changes — dropped together with the network's cached pages (page-cache.ts: every
 * write in the internal area, every operator write, in every process through LISTEN/NOTIFY) — and
 * for MEMO_MS at most. A read that began before a drop is not kept (the same generation guard as
 * the page cache). Only values a load returned are kept: an unknown slug is asked again each time.
 * Values are shared between requests: never change them.
 */
const MEMO_MS = 60_000;
const MAX_ENTRIES = 20_000;

const entries = new Map<string, { value: unknown; expires: number }>();
const generations = new Map<string, number>();
let allGeneration = 0;

const generation = (slug: string) => allGeneration + (generations.get(slug) ?? 0);

/** `load()`'s value for this network and `what`, from the memo when it holds one. */
export async function memoForNetwork<T>(slug: string, what: string, load: () => Promise<T>): Promise<T> {
	const key = `${slug}\u0000${what}`;
	const now = Date.now();
	const hit = entries.get(key);
	if (hit && hit.expires > now) return hit.value as T;
	const startedAt = generation(slug);
	const value = await load();
	if (startedAt === generation(slug)) {
		entries.delete(key);
		entries.set(key, { value, expires: now + MEMO_MS });
		if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	}
	return value;
}

/** Forgets what is kept for one network (its slug). */
export function dropNetworkMemo(slug: string): void {
	generations.set(slug, (generations.get(slug) ?? 0) + 1);
	const prefix = `${slug}\u0000`;
	for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
}

/** Forgets everything kept. */
export function clearNetworkMemo(): void {
	allGeneration++;
	entries.clear();
}

/** The active network of a public request by its slug (`not_found` otherwise), through the memo. */
export function publicNetwork(event: Pick<RequestEvent, 'locals'>, slug: string): Promise<Network> {
	return memoForNetwork(slug, 'network', () => getNetworkBySlug(event.locals.app.database.db, slug));
}

/** The network's topic and district names (facet labels), through the memo. */
export function publicFacetLabels(event: Pick<RequestEvent, 'locals'>, network: NetworkRef) {
	return memoForNetwork(network.slug, 'facet-labels', () => listFacetLabels(publicContext(event, network)));
}

/** The translator of topic names and help-number labels into `locale`, through the memo. */
export function publicTermTranslator(event: Pick<RequestEvent, 'locals'>, network: NetworkRef, locale: LocaleCode) {
	return memoForNetwork(network.slug, `terms:${locale}`, () =>
		loadTermTranslator(publicContext(event, network), locale)
	);
}
