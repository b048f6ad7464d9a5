import { describe, expect, it } from 'vitest';
import {
	addDays,
	berlinDay,
	berlinInstant,
	berlinOffset,
	berlinOffsetMinutes,
	berlinParts,
	berlinWeekdayAndTime,
	formatDate,
	formatTimeSpan
} from './time';

describe('Berlin time', () => {
	it('turns a wall-clock time into the right instant in winter and in summer', () => {
		expect(berlinInstant('2026-01-15', '18:30').toISOString()).toBe('2026-01-15T17:30:00.000Z');
		expect(berlinInstant('2026-07-15', '18:30').toISOString()).toBe('2026-07-15T16:30:00.000Z');
		// The night summer time starts: 03:30 exists, and is 01:30 UTC.
		expect(berlinInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
	});

	it('gives the Berlin calendar day and form parts of an instant, also just after midnight', () => {
		expect(berlinDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(berlinDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
		expect(berlinParts(new Date('2026-06-30T22:05:00Z'))).toEqual({ day: '2026-07-01', time: '00:05' });
		expect(berlinWeekdayAndTime(new Date('2026-12-07T08:15:00Z'))).toEqual({ day: 1, time: '09:15' });
	});

	it('writes the offset of exports for winter and summer', () => {
		expect(berlinOffset(new Date('2026-01-15T12:00:00Z'))).toBe('+01:00');
		expect(berlinOffset(new Date('2026-07-15T12:00:00Z'))).toBe('+02:00');
	});

	it('moves calendar days across the change to summer time', () => {
		expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
	});

	it('shows dates in the reader’s language, a calendar day as that day', () => {
		expect(formatDate('2026-03-05', 'date')).toBe('05.03.2026');
		expect(formatDate('2026-03-05', 'dateLong')).toBe('5. März 2026');
		expect(formatDate(new Date('2026-03-05T17:30:00Z'), 'dateTime')).toBe('05.03.2026, 18:30');
		expect(formatDate(new Date('2026-03-05T17:30:00Z'), 'dateLong', 'en')).toBe('March 5, 2026');
		expect(formatDate('not a date', 'date')).toBe('not a date');
	});

	it('writes a meeting’s span as German mails and PDFs show it', () => {
		const start = new Date('2026-03-05T17:30:00Z');
		const end = new Date('2026-03-05T19:00:00Z');
		expect(formatTimeSpan(start, end)).toBe('Donnerstag, 5. März 2026, 18:30–20:00 Uhr');
	});
});

describe('the Berlin clock from the cached offset', () => {
	const reference = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Berlin',
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	});
	const parts = (d: Date) => Object.fromEntries(reference.formatToParts(d).map((p) => [p.type, p.value]));

	it('gives the formatter’s day and time every 7 minutes around both changes of summer time, and in 1975', () => {
		const ranges = [
			['2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'],
			['2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z'],
			['1975-06-01T00:00:00Z', '1975-06-02T00:00:00Z']
		];
		let checked = 0;
		for (const [from, to] of ranges)
			for (let ms = Date.parse(from!); ms < Date.parse(to!); ms += 7 * 60_000) {
				const d = new Date(ms);
				const p = parts(d);
				expect(berlinDay(d)).toBe(`${p.year}-${p.month}-${p.day}`);
				expect(berlinParts(d)).toEqual({ day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` });
				checked++;
			}
		expect(checked).toBeGreaterThan(1000);
		expect(berlinOffsetMinutes(new Date('2026-03-29T00:59:00Z'))).toBe(60);
		expect(berlinOffsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(120);
		expect(berlinOffsetMinutes(new Date('2026-10-25T00:59:00Z'))).toBe(120);
		expect(berlinOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(60);
		// Sunday is 7 in ISO numbering.
		expect(berlinWeekdayAndTime(new Date('2026-03-29T22:30:00Z'))).toEqual({ day: 1, time: '00:30' });
		expect(berlinWeekdayAndTime(new Date('2026-03-29T21:30:00Z'))).toEqual({ day: 7, time: '23:30' });
	});
});
