import type { OfferSchedule, ScheduleDate, ScheduleException } from '$lib/server/db/schema';
import { isCalendarDay } from '$lib/calendar-day';

// The offer form's text lines for closures and course dates: read (parse) and written back (format).

const DATE_LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:bis|-|–)\s*(\d{4}-\d{2}-\d{2}))?\s*[:|]?\s*(.*)$/;
const COURSE_LINE = /^(\d{4}-\d{2}-\d{2})\s+([01]?\d|2[0-3])[:.]([0-5]\d)\s*[-–]\s*([01]?\d|2[0-4])[:.]([0-5]\d)$/;

const isDate = isCalendarDay;

/** "2026-12-24 bis 2027-01-01: Weihnachtsferien" per line → exceptions; null when a line is not understood. */
export function parseExceptions(text: string): ScheduleException[] | null {
	const result: ScheduleException[] = [];
	for (const line of text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean)) {
		const m = DATE_LINE.exec(line);
		if (!m || !isDate(m[1]!) || (m[2] && !isDate(m[2]))) return null;
		const from = m[1]!;
		const to = m[2] ?? from;
		if (to < from || !m[3]?.trim()) return null;
		result.push({ from, to, note: m[3].trim().slice(0, 200) });
	}
	return result;
}

/** "2026-12-01 18:00-20:00" per line → dates; null when a line is not understood. */
export function parseDates(text: string): ScheduleDate[] | null {
	const result: ScheduleDate[] = [];
	for (const line of text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean)) {
		const m = COURSE_LINE.exec(line);
		if (!m || !isDate(m[1]!)) return null;
		const start = `${m[2]!.padStart(2, '0')}:${m[3]}`;
		const end = `${m[4]!.padStart(2, '0')}:${m[5]}`;
		if (end <= start) return null;
		result.push({ date: m[1]!, start, end });
	}
	return result;
}

export const formatExceptions = (s: OfferSchedule) =>
	(s.exceptions ?? [])
		.map((e) => (e.from === e.to ? `${e.from}: ${e.note}` : `${e.from} bis ${e.to}: ${e.note}`))
		.join('\n');
export const formatDates = (s: OfferSchedule) => (s.dates ?? []).map((d) => `${d.date} ${d.start}-${d.end}`).join('\n');
