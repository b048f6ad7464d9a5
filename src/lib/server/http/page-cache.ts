/**
 * In-process cache of rendered public portal pages (no cookies, GET, 200, HTML). Portal
 * pages are the same for every visitor, so a short-lived copy serves most requests
 * without touching the database. Writes in a network's internal area drop that
 * network's pages at once in this process; other processes serve theirs until the
 * TTL (PAGE_CACHE_SECONDS, default 60, 0 = off) runs out.
 */
type Entry = { status: number; headers: [string, string][]; hitHeaders: [string, string][]; body: Uint8Array; expires: number; network: string };

const MAX_ENTRIES = 2000;
const MAX_BYTES = 64 * 1024 * 1024;
const entries = new Map<string, Entry>();
let bytes = 0;

export function pageCacheSeconds(): number {
	const value = Number(process.env.PAGE_CACHE_SECONDS ?? 60);
	return Number.isFinite(value) && value > 0 ? value : 0;
}

export function getCachedPage(key: string, now = Date.now()): Response | null {
	const entry = entries.get(key);
	if (!entry) return null;
	if (entry.expires <= now) {
		remove(key);
		return null;
	}
	// Least recently used goes first: re-insert on every hit.
	entries.delete(key);
	entries.set(key, entry);
	// The body is never written to, so every hit can share it.
	return new Response(entry.body, { status: entry.status, headers: entry.hitHeaders });
}

export async function cachePage(key: string, network: string, response: Response, now = Date.now()): Promise<Response> {
	const seconds = pageCacheSeconds();
	if (!seconds || response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html') || response.headers.has('set-cookie')) return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = [...response.headers.entries()].filter(([name]) => name !== 'content-length');
	remove(key);
	entries.set(key, { status: response.status, headers, hitHeaders: [...headers, ['x-page-cache', 'hit']], body, expires: now + seconds * 1000, network });
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

/** Drops every cached page of one network (after a change in its internal area). */
export function invalidateNetworkPages(network: string): void {
	for (const [key, entry] of entries) if (entry.network === network) remove(key);
}

export function clearPageCache(): void {
	entries.clear();
	bytes = 0;
}
