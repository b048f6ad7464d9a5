import type { TenantContext } from '$lib/server/domains/shared/context';
import { berlinDay } from '$lib/time';
import { searchWordsOf } from './normalise';
import type { SearchStat } from './search-stats-buffer';

/**
 * What one search counts as: day (Berlin time), normalised term, filters, result count.
 * No address, no postcode, no session: nothing that points to a person.
 */
export function searchStatOf(
	ctx: Pick<TenantContext, 'network' | 'now'>,
	input: { q: string; filters: Record<string, string[] | boolean>; resultCount: number }
): SearchStat | null {
	// Word order does not change what was searched for: "kurs hebamme" = "hebamme kurs".
	const term = searchWordsOf(input.q).sort().join(' ').slice(0, 100);
	const filters = Object.entries(input.filters)
		.filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v))
		.map(([k, v]) => `${k}=${Array.isArray(v) ? [...v].sort().join(',') : '1'}`)
		.sort()
		.join(';')
		.slice(0, 500);
	if (!term && !filters) return null;
	const day = berlinDay(ctx.now ?? new Date());
	return { networkId: ctx.network.id, day, term, filters, resultCount: input.resultCount };
}
