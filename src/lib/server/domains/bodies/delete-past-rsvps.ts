import { sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';

/**
 * Retention rule `rsvp_answers`: the invitations of meetings that ended more than `days` ago go
 * with name, address, answer and link hashes. Recorded attendance stays (it belongs to the
 * minutes; its link to the invitation becomes empty). Returns how many invitations were deleted.
 */
export async function deletePastRsvps(tx: Tx, o: { now: Date; networkId: string; days: number }): Promise<number> {
	const rows = rowsOf<{ id: string }>(
		await tx.execute(sql`
			delete from meeting_invitations i using meetings m
			where i.network_id = ${o.networkId} and m.network_id = i.network_id and m.id = i.meeting_id
				and m.ends_at < ${o.now.toISOString()}::timestamptz - make_interval(days => ${o.days})
			returning i.id`)
	);
	return rows.length;
}
