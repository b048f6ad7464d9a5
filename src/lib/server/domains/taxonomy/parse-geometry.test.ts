import { describe, expect, it } from 'vitest';
import { centreOf, checkGeometry, parseGeometry } from './parse-geometry';

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

describe('strict outline check (upload)', () => {
	const ring = [
		[7, 51],
		[7.2, 51],
		[7.2, 51.2],
		[7, 51.2],
		[7, 51]
	];
	it('accepts a valid polygon, bare or as a Feature, and a MultiPolygon', () => {
		expect(checkGeometry(JSON.stringify({ type: 'Polygon', coordinates: [ring] }))).toMatchObject({ ok: true });
		expect(
			checkGeometry(
				JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } })
			)
		).toMatchObject({ ok: true });
	});
	it('refuses points, lines, open rings, a bow tie and more than 2 MB, each with its message', () => {
		expect(checkGeometry('{"type":"LineString","coordinates":[[7,51],[7,52]]}')).toEqual({
			ok: false,
			message: 'error.geojsonInvalid'
		});
		expect(checkGeometry('{"type":"Point","coordinates":[7,51]}')).toEqual({
			ok: false,
			message: 'error.geojsonInvalid'
		});
		const open = [...ring.slice(0, 4), [7.1, 51.3]];
		expect(checkGeometry(JSON.stringify({ type: 'Polygon', coordinates: [open] }))).toEqual({
			ok: false,
			message: 'error.geojsonInvalid'
		});
		const bowTie = [
			[7, 51],
			[7.2, 51.2],
			[7.2, 51],
			[7, 51.2],
			[7, 51]
		];
		expect(checkGeometry(JSON.stringify({ type: 'Polygon', coordinates: [bowTie] }))).toEqual({
			ok: false,
			message: 'error.geojsonSelfIntersecting'
		});
		const huge = JSON.stringify({
			type: 'Polygon',
			coordinates: [ring],
			properties: { pad: 'x'.repeat(2 * 1024 * 1024) }
		});
		expect(checkGeometry(huge)).toEqual({ ok: false, message: 'error.geojsonTooLarge' });
	});
});
