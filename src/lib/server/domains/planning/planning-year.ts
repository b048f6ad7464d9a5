import { berlinDay, berlinInstant } from '$lib/time';

/** A calendar year in Berlin time as [start, end) instants; the reports count meetings and events by it. */
export function berlinYear(year: number): { from: Date; to: Date } {
	return { from: berlinInstant(`${year}-01-01`), to: berlinInstant(`${year + 1}-01-01`) };
}

/** A year from a query parameter (2000 … the current one), else the current one (Berlin time). */
export function parseReportYear(value: string | null, now = new Date()): number {
	const current = Number(berlinDay(now).slice(0, 4));
	const n = Number(value);
	return value && Number.isInteger(n) && n >= 2000 && n <= current ? n : current;
}

/** The years offered in a year selector: the current one and the four before. */
export function reportYears(now = new Date()): number[] {
	const current = Number(berlinDay(now).slice(0, 4));
	return [0, 1, 2, 3, 4].map((i) => current - i);
}
