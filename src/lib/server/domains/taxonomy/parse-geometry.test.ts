import { describe, expect, it } from 'vitest';
import { centreOf, parseGeometry } from './parse-geometry';

describe('district outlines and synonyms', () => {
	const square = {
		type: 'Polygon',
		coordinates: [
			[
				[7, 51],
				[7.2, 51],
				[7.2, 51.2],
				[7, 51.2],
				[7, 51]
			]
		]
	};
	it('accepts polygons (also as a Feature) and finds their centre', () => {
		expect(parseGeometry(JSON.stringify(square))?.type).toBe('Polygon');
		expect(parseGeometry(JSON.stringify({ type: 'Feature', properties: {}, geometry: square }))?.type).toBe('Polygon');
		const centre = centreOf(parseGeometry(JSON.stringify(square))!);
		expect(centre.lat).toBeCloseTo(51.1, 5);
		expect(centre.lng).toBeCloseTo(7.1, 5);
	});
	it('rejects points, broken JSON and rings that are too short', () => {
		expect(parseGeometry('{"type":"Point","coordinates":[7,51]}')).toBeNull();
		expect(parseGeometry('{nicht json')).toBeNull();
		expect(parseGeometry('{"type":"Polygon","coordinates":[[[7,51],[7,52]]]}')).toBeNull();
	});
});
