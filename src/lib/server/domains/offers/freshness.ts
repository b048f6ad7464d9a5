import { sql, type SQL } from 'drizzle-orm';
import { offers } from '$lib/server/db/schema';

/**
 * Freshness rules. An offer is due `reviewIntervalMonths` after it was last verified (or
 * created, if never verified); "due soon" in the 30 days before; overdue after; hidden from
 * the portal once the grace days have passed too.
 */
export const DUE_SOON_DAYS = 30;
/** Reminders go out this many days before the due date. */
export const REMIND_BEFORE_DAYS = 14;

export type FreshnessState = 'current' | 'due_soon' | 'overdue' | 'hidden';
export type FreshnessRules = { reviewIntervalMonths: number; reviewGraceDays: number };

function addMonths(date: Date, months: number): Date {
	const d = new Date(date);
	d.setUTCMonth(d.getUTCMonth() + months);
	return d;
}

export function dueDate(checkedAt: Date, rules: FreshnessRules): Date {
	return addMonths(checkedAt, rules.reviewIntervalMonths);
}

export function hideDate(checkedAt: Date, rules: FreshnessRules): Date {
	return new Date(dueDate(checkedAt, rules).getTime() + rules.reviewGraceDays * 86_400_000);
}

export function freshnessState(checkedAt: Date, rules: FreshnessRules, now: Date): FreshnessState {
	if (now >= hideDate(checkedAt, rules)) return 'hidden';
	const due = dueDate(checkedAt, rules);
	if (now >= due) return 'overdue';
	if (now.getTime() >= due.getTime() - DUE_SOON_DAYS * 86_400_000) return 'due_soon';
	return 'current';
}

/**
 * SQL condition: the offer is still shown in the portal at `now` (not past due + grace).
 * The network's rules are read once per query (an uncorrelated subquery).
 */
export function stillFreshSql(networkId: string, now: Date, alias?: string): SQL {
	const checked = alias
		? sql.raw(`coalesce(${alias}.verified_at, ${alias}.created_at)`)
		: sql`coalesce(${offers.verifiedAt}, ${offers.createdAt})`;
	return sql`${checked} > (select ${now.toISOString()}::timestamptz - make_interval(months => review_interval_months, days => review_grace_days) from networks where id = ${networkId})`;
}
