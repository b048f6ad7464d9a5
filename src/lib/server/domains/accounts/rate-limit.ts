import { sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';

/**
 * Fixed-window counter in the database, shared by all app processes.
 * Returns whether this hit is within `limit` per `windowSeconds`.
 */
export async function hitRateLimit(
	tx: Tx,
	key: string,
	limit: number,
	windowSeconds: number,
	now: Date
): Promise<boolean> {
	const [row] = rowsOf<{ count: number }>(
		await tx.execute(sql`
			insert into rate_limits (key, window_start, count) values (${key}, ${now.toISOString()}, 1)
			on conflict (key) do update set
				count = case when rate_limits.window_start < ${now.toISOString()}::timestamptz - make_interval(secs => ${windowSeconds})
					then 1 else rate_limits.count + 1 end,
				window_start = case when rate_limits.window_start < ${now.toISOString()}::timestamptz - make_interval(secs => ${windowSeconds})
					then ${now.toISOString()}::timestamptz else rate_limits.window_start end
			returning count`)
	);
	return Number(row?.count ?? 1) <= limit;
}
