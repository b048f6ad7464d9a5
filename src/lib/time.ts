import { translate } from '$lib/i18n';
import { langTag, type LocaleCode } from '$lib/i18n/locales';

// Time for the whole product, server and browser: instants are stored in UTC and shown in the
// network's wall-clock time. This is the one place that names the zone; every date on a page,
// in a mail, a PDF or an export goes through these functions.

/** The zone of every network today (all German municipalities). */
export const TIME_ZONE = 'Europe/Berlin';

const WEEKDAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Made once: building a formatter costs far more than using it (it was 4 % of a search page). */
const WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
	timeZone: TIME_ZONE,
	hourCycle: 'h23',
	weekday: 'short',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** The wall-clock parts of an instant in Berlin. */
function wallClock(instant: Date) {
	const parts = WALL_CLOCK.formatToParts(instant);
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour'),
		minute: get('minute'),
		weekday: WEEKDAY_NUMBER[get('weekday')] ?? 0
	};
}

/** Minutes Berlin is ahead of UTC, computed with the formatter (slow: a few microseconds). */
function offsetByFormatter(instant: Date): number {
	const w = wallClock(instant);
	const asUtc = Date.UTC(Number(w.year), Number(w.month) - 1, Number(w.day), Number(w.hour), Number(w.minute));
	return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

const HOUR = 3_600_000;
/** Offsets by UTC hour: Berlin changes its offset on a full UTC hour (01:00 UTC), so within one it is one value. */
const offsets = new Map<number, number>();

/** Minutes Berlin is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
	const ms = instant.getTime();
	const hour = Math.floor(ms / HOUR);
	let minutes = offsets.get(hour);
	if (minutes === undefined) {
		const atStart = offsetByFormatter(new Date(hour * HOUR));
		// An hour with a change inside (none since 1980, but history has some) is not kept.
		if (atStart !== offsetByFormatter(new Date(hour * HOUR + HOUR - 60_000))) return offsetByFormatter(instant);
		if (offsets.size > 100_000) offsets.clear();
		offsets.set(hour, (minutes = atStart));
	}
	return minutes;
}

/** The wall-clock parts of an instant in Berlin, from the offset (the formatter once per hour at most). */
function berlinClock(instant: Date) {
	const local = new Date(instant.getTime() + berlinOffsetMinutes(instant) * 60_000);
	const two = (n: number) => (n < 10 ? `0${n}` : String(n));
	return {
		year: String(local.getUTCFullYear()).padStart(4, '0'),
		month: two(local.getUTCMonth() + 1),
		day: two(local.getUTCDate()),
		hour: two(local.getUTCHours()),
		minute: two(local.getUTCMinutes()),
		weekday: local.getUTCDay() || 7
	};
}

/** The offset as ISO 8601 text ("+01:00", "+02:00") for exports that carry local times. */
export function berlinOffset(instant: Date): string {
	const minutes = berlinOffsetMinutes(instant);
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A wall-clock date and time in Berlin ("2026-03-05", "18:30") as an instant (summer time handled). */
export function berlinInstant(day: string, time = '00:00'): Date {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const [h, mi] = time.split(':').map(Number) as [number, number];
	const guess = Date.UTC(y, m - 1, d, h, mi);
	let instant = new Date(guess - berlinOffsetMinutes(new Date(guess)) * 60_000);
	instant = new Date(guess - berlinOffsetMinutes(instant) * 60_000);
	return instant;
}

/** The calendar day ("YYYY-MM-DD") of an instant in Berlin. */
export function berlinDay(instant: Date = new Date()): string {
	const w = berlinClock(instant);
	return `${w.year}-${w.month}-${w.day}`;
}

/** An instant as Berlin date and time parts for forms ("2026-03-05", "18:30"). */
export function berlinParts(instant: Date): { day: string; time: string } {
	const w = berlinClock(instant);
	return { day: `${w.year}-${w.month}-${w.day}`, time: `${w.hour}:${w.minute}` };
}

/** ISO weekday (1 = Monday) and "HH:MM" of an instant in Berlin (opening hours). */
export function berlinWeekdayAndTime(instant: Date): { day: number; time: string } {
	const w = berlinClock(instant);
	return { day: w.weekday, time: `${w.hour}:${w.minute}` };
}

/** A calendar day moved by whole days ("2026-03-29" + 1 → "2026-03-30"), independent of summer time. */
export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** How a date is shown: day only, with time, or the time alone. */
export type DateStyle =
	| 'date' // 05.03.2026
	| 'dateLong' // 5. März 2026
	| 'dateFull' // Donnerstag, 5. März 2026
	| 'dateTime' // 05.03.2026, 18:30
	| 'dateTimeFull' // Donnerstag, 5. März 2026 um 18:30
	| 'dateTimeSeconds' // 05.03.2026, 18:30:12
	| 'time'; // 18:30

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
	date: { dateStyle: 'medium' },
	dateLong: { dateStyle: 'long' },
	dateFull: { dateStyle: 'full' },
	dateTime: { dateStyle: 'medium', timeStyle: 'short' },
	dateTimeFull: { dateStyle: 'full', timeStyle: 'short' },
	dateTimeSeconds: { dateStyle: 'medium', timeStyle: 'medium' },
	time: { hour: '2-digit', minute: '2-digit' }
};

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: DateStyle, timeZone: string): Intl.DateTimeFormat {
	const key = `${locale}|${style}|${timeZone}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
		formats.set(key, f);
	}
	return f;
}

/**
 * A date for people to read, in their language (a BCP 47 tag such as "de-DE" or "ar"), in
 * Berlin time. A calendar day ("2026-03-05", a `date` column) is shown as that day wherever the
 * reader is; an instant as Berlin's wall clock.
 */
export function formatDate(value: Date | string, style: DateStyle = 'date', locale = 'de-DE'): string {
	if (typeof value === 'string') {
		const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
		if (Number.isNaN(day.getTime())) return value;
		return formatter(locale, style, /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : TIME_ZONE).format(day);
	}
	return formatter(locale, style, TIME_ZONE).format(value);
}

/** A meeting's date and time span, e.g. "Donnerstag, 5. März 2026, 18:30–20:00 Uhr" (mails, PDFs, pages). */
export function formatTimeSpan(start: Date, end: Date, locale: LocaleCode = 'de'): string {
	const tag = langTag(locale);
	return translate(locale, 'time.span', {
		day: formatDate(start, 'dateFull', tag),
		from: formatDate(start, 'time', tag),
		to: formatDate(end, 'time', tag)
	});
}
