import type { WeeklySlot } from '$lib/server/db/schema';
import { berlinWeekdayAndTime } from '$lib/time';

export { TIME_ZONE, berlinWeekdayAndTime } from '$lib/time';
export { WEEKDAYS } from '$lib/weekdays';

export function isOpenAt(slots: WeeklySlot[], now: Date): boolean {
	const { day, time } = berlinWeekdayAndTime(now);
	return slots.some((s) => s.day === day && s.opens <= time && time < s.closes);
}

const RANGE = /^([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-4])[:.]([0-5]\d)$/;

/** Parses "09:00–12:00, 14:00–16:00" into slots of one weekday; null when the text is not valid. */
export function parseDayHours(day: number, text: string): WeeklySlot[] | null {
	const trimmed = text.trim();
	if (!trimmed) return [];
	const slots: WeeklySlot[] = [];
	for (const part of trimmed.split(/[,;]/)) {
		const m = RANGE.exec(part.trim());
		if (!m) return null;
		const opens = `${m[1]!.padStart(2, '0')}:${m[2]}`;
		const closes = `${m[3]!.padStart(2, '0')}:${m[4]}`;
		if (closes <= opens) return null;
		slots.push({ day, opens, closes });
	}
	return slots;
}

export function formatDayHours(slots: WeeklySlot[], day: number): string {
	return slots
		.filter((s) => s.day === day)
		.map((s) => `${s.opens}–${s.closes}`)
		.join(', ');
}
