import { describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from './demo-offers';
import { demoDistrictOutlines } from './demo-district-outlines';
import { parseGeometry } from '$lib/server/domains/taxonomy/parse-geometry';

/** Ray casting: is the point inside the ring? */
function inside(ring: number[][], lng: number, lat: number): boolean {
	let hit = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi = 0, yi = 0] = ring[i]!;
		const [xj = 0, yj = 0] = ring[j]!;
		if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
}

describe('demo district outlines', () => {
	for (const [slug, districts] of Object.entries(DEMO_DISTRICTS)) {
		it(`gives each district of ${slug} a valid outline around its own centre and no other`, () => {
			const outlines = demoDistrictOutlines(districts);
			expect(outlines).toHaveLength(districts.length);
			outlines.forEach((outline, i) => {
				expect(parseGeometry(JSON.stringify(outline))).not.toBeNull();
				const ring = outline.coordinates[0]!;
				districts.forEach((d, j) => expect(inside(ring, d.lng, d.lat)).toBe(i === j));
			});
		});
	}
});
