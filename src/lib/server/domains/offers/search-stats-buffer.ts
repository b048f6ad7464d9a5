import type { Db } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sql } from 'drizzle-orm';

/**
 * Search statistics are counted in memory and written every few seconds in one
 * statement, so a busy portal does not write on every request (and cached pages are
 * still counted). Only day, term, filters and result count are kept.
 */
export type SearchStat = { networkId: string; day: string; term: string; filters: string; resultCount: number };

const pending = new Map<string, SearchStat & { searches: number }>();

export function countSearch(stat: SearchStat): void {
	const key = JSON.stringify([stat.networkId, stat.day, stat.term, stat.filters, stat.resultCount]);
	const entry = pending.get(key);
	if (entry) entry.searches++;
	else pending.set(key, { ...stat, searches: 1 });
}

export async function flushSearchStats(db: Db): Promise<number> {
	if (pending.size === 0) return 0;
	const batch = [...pending.values()];
	pending.clear();
	await withSystem(db, (tx) =>
		tx.execute(sql`
			insert into search_stats (network_id, day, term, filters, result_count, searches)
			select (s->>'networkId')::uuid, (s->>'day')::date, s->>'term', s->>'filters', (s->>'resultCount')::int, (s->>'searches')::int
			from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) s
			on conflict (network_id, day, term, filters, result_count) do update set searches = search_stats.searches + excluded.searches`)
	);
	return batch.length;
}
