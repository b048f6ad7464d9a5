import { sql } from 'drizzle-orm';
import { tenantTx, type TenantContext } from '$lib/server/domains/tenancy/context';
import { searchWordsOf } from './normalise';

/**
 * Counts one search: day (Europe/Berlin), normalised term, filters, result count.
 * No address, no postcode, no session: nothing that points to a person.
 */
export async function recordSearch(ctx: TenantContext, input: { q: string; filters: Record<string, string[] | boolean>; resultCount: number }): Promise<void> {
	const term = searchWordsOf(input.q).join(' ').slice(0, 100);
	const filters = Object.entries(input.filters)
		.filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v))
		.map(([k, v]) => `${k}=${Array.isArray(v) ? [...v].sort().join(',') : '1'}`)
		.sort()
		.join(';')
		.slice(0, 500);
	if (!term && !filters) return;
	const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(ctx.now ?? new Date());
	await tenantTx(ctx, (tx) =>
		tx.execute(sql`
			insert into search_stats (network_id, day, term, filters, result_count, searches)
			values (${ctx.network.id}, ${day}, ${term}, ${filters}, ${input.resultCount}, 1)
			on conflict (network_id, day, term, filters, result_count) do update set searches = search_stats.searches + 1`)
	);
}
