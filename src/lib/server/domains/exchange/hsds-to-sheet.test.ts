import { describe, expect, it } from 'vitest';
import { berlinOffset } from '$lib/time';
import { berlinTime } from './hsds-to-sheet';

describe('HSDS times', () => {
	it('carry the Europe/Berlin offset of their day and are read back as Berlin wall-clock time', () => {
		expect(berlinOffset(new Date('2026-01-15T12:00:00Z'))).toBe('+01:00');
		expect(berlinOffset(new Date('2026-07-15T12:00:00Z'))).toBe('+02:00');
		expect(berlinTime('09:00+01:00', '2026-07-15')).toBe('09:00');
		expect(berlinTime('09:00:00', '2026-01-15')).toBe('09:00');
		expect(berlinTime('08:00Z', '2026-01-15')).toBe('09:00');
		expect(berlinTime('23:30-05:00', '2026-07-15')).toBe('06:30');
	});
});
