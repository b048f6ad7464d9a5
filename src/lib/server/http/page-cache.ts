import { RESERVED_SLUGS } from '$lib/server/domains/tenancy/network-schemas';
/**
 * In-process cache of rendered public portal pages (no cookies, GET, 200, HTML). Portal
 * pages are the same for every visitor, so a short-lived copy serves most requests
 * without touching the database (PAGE_CACHE_SECONDS, default 60, 0 = off). Writes in a
 * network's internal area drop that network's pages at once in this process and, through
 * `connectPageCachePeers` (PostgreSQL LISTEN/NOTIFY, see app.ts), in every other process of
 * the installation.
 */
import type { SearchStat } from '$lib/server/domains/offers/search-stats-buffer';
import { countSearch } from '$lib/server/domains/offers/search-stats-buffer';
import { clearNetworkMemo, dropNetworkMemo } from './network-memo';

type Entry = {
	status: number;
	headers: [string, string][];
	hitHeaders: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	expires: number;
	network: string;
	stat?: SearchStat;
};

/** First path segments that are not a network's portal. */
// Paths that are not a network's portal: the reserved slugs (one list, also used when networks are created).
const NON_PORTAL = new Set([...RESERVED_SLUGS, '_app']);

/** The network slug when a request may be answered from (and stored in) the cache. */
export function cacheableSlug(
	method: string,
	pathname: string,
	cookieHeader: string | null | undefined
): string | null {
	if (method !== 'GET' || !pageCacheSeconds() || (cookieHeader ?? '').includes('nfh_session=')) return null;
	const slug = /^\/([a-z0-9-]+)(\/|$)/.exec(pathname)?.[1];
	return slug && !NON_PORTAL.has(slug) ? slug : null;
}

const MAX_ENTRIES = 2000;
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new Map<string, Entry>();
let bytes = 0;

export function pageCacheSeconds(): number {
	const value = Number(process.env.PAGE_CACHE_SECONDS ?? 60);
	return Number.isFinite(value) && value > 0 ? value : 0;
}

function lookup(key: string, now: number): Entry | null {
	const entry = entries.get(key);
	if (!entry) return null;
	if (entry.expires <= now) {
		remove(key);
		return null;
	}
	// Least recently used goes first: re-insert on every hit.
	entries.delete(key);
	entries.set(key, entry);
	// A cached search page still counts as a search.
	if (entry.stat) countSearch(entry.stat);
	return entry;
}

export function getCachedPage(key: string, now = Date.now()): Response | null {
	const entry = lookup(key, now);
	// The body is never written to, so every hit can share it.
	return entry ? new Response(entry.body, { status: entry.status, headers: entry.hitHeaders }) : null;
}

type NodeRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
type NodeResponse = { writeHead(status: number, headers: [string, string][]): unknown; end(body: Uint8Array): unknown };

/**
 * Fast path for the Node server in scripts/start.js: answers a cache hit before
 * SvelteKit builds a request at all. Returns false when the request must go on.
 */
export function serveCachedNode(req: NodeRequest, res: NodeResponse): boolean {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const cookie = req.headers.cookie;
	if (!cacheableSlug(req.method ?? 'GET', url.pathname, Array.isArray(cookie) ? cookie.join(';') : cookie))
		return false;
	const entry = lookup(`${url.pathname}${url.search}`, Date.now());
	if (!entry) return false;
	res.writeHead(entry.status, entry.hitHeaders);
	res.end(entry.body);
	return true;
}
(globalThis as { __nfhServeCached?: typeof serveCachedNode }).__nfhServeCached = serveCachedNode;

/**
 * Counts the drops per network: a page whose rendering began before a drop (read with
 * `pageGeneration` when the request came in) may show the old data and is not stored.
 */
const generations = new Map<string, number>();
let allGeneration = 0;

/** The drop count a request starts with; pass it to `cachePage`. */
export function pageGeneration(network: string): number {
	return allGeneration + (generations.get(network) ?? 0);
}

export async function cachePage(
	key: string,
	network: string,
	response: Response,
	stat?: SearchStat,
	startedAt = pageGeneration(network),
	now = Date.now()
): Promise<Response> {
	const seconds = pageCacheSeconds();
	if (
		!seconds ||
		startedAt !== pageGeneration(network) ||
		response.status !== 200 ||
		!(response.headers.get('content-type') ?? '').startsWith('text/html') ||
		response.headers.has('set-cookie')
	)
		return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers.entries()].filter(([name]) => name !== 'content-length');
	remove(key);
	entries.set(key, {
		status: response.status,
		headers,
		hitHeaders: [...headers, ['x-page-cache', 'hit']],
		body,
		expires: now + seconds * 1000,
		network,
		stat
	});
	bytes += body.length;
	while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) {
		const oldest = entries.keys().next().value;
		if (oldest === undefined) break;
		remove(oldest);
	}
	return new Response(body, { status: response.status, headers: [...headers, ['x-page-cache', 'miss']] });
}

function remove(key: string) {
	const entry = entries.get(key);
	if (entry) {
		bytes -= entry.body.length;
		entries.delete(key);
	}
}

/** Tells the other processes of the installation which network's pages to drop ('*' = all). */
type Peers = (network: string) => void;
let peers: Peers | undefined;

/** Connects the cache to the other processes (see app.ts); returns the disconnect. */
export function connectPageCachePeers(tell: Peers): () => void {
	peers = tell;
	return () => {
		if (peers === tell) peers = undefined;
	};
}

function dropLocally(network: string, only?: (key: string) => boolean): void {
	generations.set(network, (generations.get(network) ?? 0) + 1);
	// The network's data changed: its memo too (network-memo.ts), also when only some pages go.
	dropNetworkMemo(network);
	for (const [key, entry] of entries) if (entry.network === network && (!only || only(key))) remove(key);
}

function clearLocally(): void {
	allGeneration++;
	clearNetworkMemo();
	entries.clear();
	bytes = 0;
}

/**
 * Drops the network's cached pages (only those whose path and query `only` accepts, when given)
 * here, and all of the network's pages in the other processes.
 */
export function invalidateNetworkPages(network: string, only?: (key: string) => boolean): void {
	dropLocally(network, only);
	peers?.(network);
}

/** Drops every cached page, here and in the other processes. */
export function clearPageCache(): void {
	clearLocally();
	peers?.('*');
}

/** A drop another process announced: a network's slug, or '*' for all. */
export function dropPagesForPeer(network: string): void {
	if (network === '*') clearLocally();
	else dropLocally(network);
}
