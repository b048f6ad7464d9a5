import { describe, expect, it } from 'vitest';
import { parseDates, parseExceptions } from './schedule-text';

describe('offer schedule', () => {
	it('parses closures and course dates line by line and rejects nonsense', () => {
		expect(parseExceptions('2026-12-24 bis 2027-01-01: Weihnachtsferien\n2026-12-01: Betriebsausflug')).toEqual([
			{ from: '2026-12-24', to: '2027-01-01', note: 'Weihnachtsferien' },
			{ from: '2026-12-01', to: '2026-12-01', note: 'Betriebsausflug' }
		]);
		expect(parseExceptions('morgen zu')).toBeNull();
		expect(parseExceptions('2027-01-02 bis 2027-01-01: falsch herum')).toBeNull();
		expect(parseDates('2026-12-01 18:00-20:00\n2026-12-08 9.30–11.00')).toEqual([
			{ date: '2026-12-01', start: '18:00', end: '20:00' },
			{ date: '2026-12-08', start: '09:30', end: '11:00' }
		]);
		expect(parseDates('2026-12-01 abends')).toBeNull();
	});
});
