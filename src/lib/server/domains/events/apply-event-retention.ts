import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { retentionRules } from '$lib/server/db/schema';
import { recordAudit } from '$lib/server/domains/shared/record-audit';

/** The retention rule (privacy/retention-rules.ts) that sets this period; its row in retention_rules is the one setting. */
export const EVENT_RETENTION_RULE = 'event_registrations';
/** Days after the event when registrations' personal data goes (about 6 months), unless the network set another period. */
export const EVENT_RETENTION_DEFAULT_DAYS = 180;

export type RetentionRun = { events: number; registrations: number };

/** The network's period for registrations in days (its retention rule, else the default), in the caller's transaction. */
export async function readEventRetentionDays(tx: Tx, networkId: string): Promise<number> {
	const [row] = await tx
		.select({ days: retentionRules.days })
		.from(retentionRules)
		.where(and(eq(retentionRules.networkId, networkId), eq(retentionRules.ruleKey, EVENT_RETENTION_RULE)));
	return row?.days ?? EVENT_RETENTION_DEFAULT_DAYS;
}

/**
 * The retention rule `event_registrations` for one network (issue 14 item 10, run by the
 * `retention` job): for every event whose last session ended more than `days` ago, keeps the
 * counts (registered, waiting, attended) on the event, deletes the registrations with their
 * answers and attendance, clears the holder's name on its certificates (the code stays as an
 * anonymous record that it was issued) and writes one audit entry per event with the counts.
 * Idempotent: a done event is marked and skipped. Runs in the job's transaction (system role,
 * every statement limited to `networkId`).
 */
export async function applyEventRetention(
	tx: Tx,
	o: { now: Date; networkId: string; days: number }
): Promise<RetentionRun> {
	const due = rowsOf<{ id: string; network_id: string }>(
		await tx.execute(sql`
			select e.id, e.network_id from events e
			where e.network_id = ${o.networkId} and e.personal_data_deleted_at is null
				and (select max(ends_at) from event_sessions x where x.network_id = e.network_id and x.event_id = e.id)
					< ${o.now.toISOString()}::timestamptz - make_interval(days => ${o.days})
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
}
