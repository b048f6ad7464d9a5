import { describe, expect, it } from 'vitest';
import { formatDayHours, isOpenAt, parseDayHours } from './office-hours';

const mondayMorning = [{ day: 1, opens: '09:00', closes: '12:00' }];

describe('office hours', () => {
	it('is open on Monday 10:30 in Berlin (winter and summer time)', () => {
		expect(isOpenAt(mondayMorning, new Date('2026-11-23T09:30:00Z'))).toBe(true); // 10:30 CET
		expect(isOpenAt(mondayMorning, new Date('2026-06-22T08:30:00Z'))).toBe(true); // 10:30 CEST
	});
	it('is closed at closing time, on other days and at night', () => {
		expect(isOpenAt(mondayMorning, new Date('2026-11-23T11:00:00Z'))).toBe(false); // 12:00 CET
		expect(isOpenAt(mondayMorning, new Date('2026-11-24T09:30:00Z'))).toBe(false); // Tuesday
		expect(isOpenAt(mondayMorning, new Date('2026-11-23T07:59:00Z'))).toBe(false); // 08:59
	});
	it('parses ranges with dash or en dash and rejects nonsense', () => {
		expect(parseDayHours(2, '9:00-12:00, 14.00–16:30')).toEqual([
			{ day: 2, opens: '09:00', closes: '12:00' },
			{ day: 2, opens: '14:00', closes: '16:30' }
		]);
		expect(parseDayHours(2, '')).toEqual([]);
		expect(parseDayHours(2, 'morgens')).toBeNull();
		expect(parseDayHours(2, '12:00-09:00')).toBeNull();
		expect(formatDayHours(mondayMorning, 1)).toBe('09:00–12:00');
	});
});
