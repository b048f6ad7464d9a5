import type { OfferSchedule, ScheduleDate, ScheduleException } from '$lib/server/db/schema';
import { berlinDay, berlinWeekdayAndTime } from '$lib/time';

// What of an offer's schedule applies from today on (Berlin time): open today, current closures, coming dates.

/** Exceptions that are current or still to come (the past ones are no longer shown). */
export function activeExceptions(schedule: OfferSchedule, now: Date): ScheduleException[] {
	const today = berlinDay(now);
	return (schedule.exceptions ?? []).filter((e) => e.to >= today).sort((a, b) => a.from.localeCompare(b.from));
}

export function closedTodayBy(schedule: OfferSchedule, now: Date): ScheduleException | null {
	const today = berlinDay(now);
	return (schedule.exceptions ?? []).find((e) => e.from <= today && today <= e.to) ?? null;
}

/** Open today: a weekly slot on this weekday (or a date today) and no closure covering today. */
export function openToday(schedule: OfferSchedule, now: Date): boolean {
	if (closedTodayBy(schedule, now)) return false;
	const { day } = berlinWeekdayAndTime(now);
	const today = berlinDay(now);
	return schedule.weekly.some((s) => s.day === day) || (schedule.dates ?? []).some((d) => d.date === today);
}

export function upcomingDates(schedule: OfferSchedule, now: Date, limit = 10): ScheduleDate[] {
	const today = berlinDay(now);
	return (schedule.dates ?? [])
		.filter((d) => d.date >= today)
		.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))
		.slice(0, limit);
}
