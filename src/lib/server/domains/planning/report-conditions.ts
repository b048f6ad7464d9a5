import { and, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { events, meetings, offers, type LifeStage, type OfferType, type PreventionLevel } from '$lib/server/db/schema';
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

/** The moment the offer figures are taken at: the end of the year, or now for the current one. */
export function offerReference(year: number, now: Date): Date {
	const { to } = berlinYear(year);
	return to < now ? to : now;
}

/** Verified (not only created) within the network's review interval before the reference moment. */
export function verifiedWithinInterval(networkId: string, at: Date): SQL {
	return sql`${offers.verifiedAt} is not null and ${offers.verifiedAt} <= ${at.toISOString()}::timestamptz and ${offers.verifiedAt} > (select ${at.toISOString()}::timestamptz - make_interval(months => review_interval_months) from networks where id = ${networkId})`;
}

export type OfferFilter = {
	lifeStage?: LifeStage;
	prevention?: PreventionLevel;
	offerType?: OfferType;
	verified?: 'ja' | 'nein';
};

/** Published offers matching the filter of a figure. */
export function reportOffers(networkId: string, at: Date, f: OfferFilter): SQL {
	const verified = verifiedWithinInterval(networkId, at);
	return and(
		eq(offers.status, 'published'),
		f.lifeStage ? sql`${f.lifeStage} = any(${offers.lifeStages})` : undefined,
		f.prevention ? eq(offers.preventionLevel, f.prevention) : undefined,
		f.offerType ? eq(offers.offerType, f.offerType) : undefined,
		f.verified === 'ja' ? verified : f.verified === 'nein' ? sql`not (${verified})` : undefined
	)!;
}
