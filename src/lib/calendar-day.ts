const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether "YYYY-MM-DD" is a day of the calendar (31.02. or month 13 are not). `Date.parse`
 * rolls "2026-02-31" over into March, and PostgreSQL refuses it; both must not see it.
 */
export function isCalendarDay(value: string): boolean {
	const m = ISO_DAY.exec(value);
	if (!m) return false;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (year < 1 || month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
	return day <= days;
}
