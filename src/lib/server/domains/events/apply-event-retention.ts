import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { recordAudit } from '$lib/server/domains/shared/record-audit';

/** Months after the event when registrations' personal data goes, unless the network set another period. */
export const DEFAULT_RETENTION_MONTHS = 6;

export type RetentionRun = { events: number; registrations: number };

/**
 * Scheduled (issue 14, item 10): for every event whose last session ended more than the network's
 * retention period ago (default 6 months), keeps the counts (registered, waiting, attended) on the
 * event, deletes the registrations with their answers and attendance, clears the holder's name on
 * its certificates (the code stays as an anonymous record that it was issued) and writes one audit
 * entry per event with the counts. Idempotent: a done event is marked and skipped.
 */
export async function applyEventRetention(db: Db, o: { now: Date }): Promise<RetentionRun> {
	return withSystem(db, async (tx) => {
		const due = rowsOf<{ id: string; network_id: string }>(
			await tx.execute(sql`
				select e.id, e.network_id from events e
				left join event_settings s on s.network_id = e.network_id
				where e.personal_data_deleted_at is null
					and (select max(ends_at) from event_sessions x where x.network_id = e.network_id and x.event_id = e.id)
						< ${o.now.toISOString()}::timestamptz - make_interval(months => coalesce(s.retention_months, ${DEFAULT_RETENTION_MONTHS}))
				order by e.id
				for update of e skip locked`)
		);
		let registrations = 0;
		for (const e of due) {
			const [counts] = rowsOf<{ registered: number; waiting: number; attended: number; total: number }>(
				await tx.execute(sql`
					select count(*) filter (where r.status = 'registered')::int as registered,
						count(*) filter (where r.status in ('waiting', 'offered'))::int as waiting,
						count(*) filter (where exists (select 1 from event_attendance a
							where a.network_id = r.network_id and a.registration_id = r.id and a.present))::int as attended,
						count(*)::int as total
					from event_registrations r where r.network_id = ${e.network_id} and r.event_id = ${e.id}`)
			);
			const kept = {
				registered: Number(counts?.registered ?? 0),
				waiting: Number(counts?.waiting ?? 0),
				attended: Number(counts?.attended ?? 0)
			};
			await tx.execute(sql`delete from event_registrations where network_id = ${e.network_id} and event_id = ${e.id}`);
			await tx.execute(
				sql`update event_certificates set holder_name = '' where network_id = ${e.network_id} and event_id = ${e.id}`
			);
			await tx.execute(sql`
				update events set kept_counts = ${JSON.stringify(kept)}::jsonb, personal_data_deleted_at = ${o.now.toISOString()}::timestamptz
				where network_id = ${e.network_id} and id = ${e.id}`);
			await recordAudit(tx, {
				networkId: e.network_id,
				actorUserId: null,
				action: 'event.personal_data_deleted',
				entity: 'event',
				entityId: e.id,
				after: { registrationsDeleted: Number(counts?.total ?? 0), kept }
			});
			registrations += Number(counts?.total ?? 0);
		}
		return { events: due.length, registrations };
	});
}
