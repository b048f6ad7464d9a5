import { describe, expect, it } from 'vitest';
import { activeExceptions, openToday, upcomingDates } from './current-schedule';

const schedule = {
	weekly: [{ day: 1, opens: '09:00', closes: '12:00' }],
	exceptions: [
		{ from: '2026-11-23', to: '2026-11-24', note: 'Fortbildung des Teams' },
		{ from: '2026-11-01', to: '2026-11-02', note: 'vorbei' }
	],
	dates: [
		{ date: '2026-11-25', start: '18:00', end: '20:00' },
		{ date: '2026-11-20', start: '18:00', end: '20:00' }
	]
};

describe('offer schedule', () => {
	const monday = new Date('2026-11-23T09:00:00Z');
	it('is closed on a Monday covered by a closure, open the Monday after', () => {
		expect(openToday(schedule, monday)).toBe(false);
		expect(openToday(schedule, new Date('2026-11-30T09:00:00Z'))).toBe(true);
	});
	it('shows only current and future closures and dates', () => {
		expect(activeExceptions(schedule, monday).map((e) => e.note)).toEqual(['Fortbildung des Teams']);
		expect(upcomingDates(schedule, monday)).toEqual([{ date: '2026-11-25', start: '18:00', end: '20:00' }]);
	});
});
