import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, contrastRatio } from './map-colours';

describe('map colours without tiles', () => {
	const grounds = [MAP_COLOURS.BACKGROUND, ...MAP_COLOURS.TINTS];

	it('markers stand out at least 3:1 against every district tint and the background', () => {
		for (const ground of grounds) expect(contrastRatio(MAP_COLOURS.MARKER, ground)).toBeGreaterThanOrEqual(3);
	});

	it('district outlines stand out at least 3:1 too', () => {
		for (const ground of grounds) expect(contrastRatio(MAP_COLOURS.OUTLINE, ground)).toBeGreaterThanOrEqual(3);
	});

	it('computes the WCAG ratio: black on white is 21, a colour on itself 1', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#767676', '#767676')).toBe(1);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});
