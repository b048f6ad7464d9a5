import { and, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { events, meetings } from '$lib/server/db/schema';
import { berlinYear } from './planning-year';

/**
 * The conditions the monitoring figures and the lists behind them share, so that a figure and
 * its list always count the same rows.
 */

/** A meeting held in the year: not cancelled, started before now. */
export function meetingHeldIn(year: number, now: Date): SQL {
	const { from, to } = berlinYear(year);
	return and(
		ne(meetings.status, 'cancelled'),
		gte(meetings.startsAt, from),
		lt(meetings.startsAt, to < now ? to : now)
	)!;
}

/** An event held in the year: published (not cancelled), its last session ended in the year and before now. */
export function eventHeldIn(year: number, now: Date): SQL {
	const { from, to } = berlinYear(year);
	const end = to < now ? to : now;
	const lastEnd = sql`(select max(s.ends_at) from event_sessions s where s.network_id = events.network_id and s.event_id = events.id)`;
	return and(
		eq(events.status, 'published'),
		sql`${lastEnd} >= ${from.toISOString()}::timestamptz`,
		sql`${lastEnd} < ${end.toISOString()}::timestamptz`
	)!;
}

/**
 * Persons who attended an event (at least one session); the kept count once personal data was deleted.
 * Columns written out: drizzle leaves columns of a one-table select unqualified.
 */
export const eventParticipants = sql<number>`coalesce((events.kept_counts->>'attended')::int, (select count(distinct a.registration_id)::int from event_attendance a join event_registrations r on r.network_id = a.network_id and r.id = a.registration_id where a.network_id = events.network_id and a.present and r.event_id = events.id))`;
