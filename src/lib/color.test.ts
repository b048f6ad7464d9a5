import { describe, expect, it } from 'vitest';
import { contrastRatio } from './color';

describe('contrastRatio', () => {
	it('is 21 for black on white and 1 for equal colours', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
	});
	it('matches the WCAG boundary around #767676 on white', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
	});
});
