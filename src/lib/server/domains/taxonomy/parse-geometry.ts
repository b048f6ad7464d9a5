/** A district's outline: GeoJSON polygons as uploaded, and the centre found from them. */
export type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

/** A GeoJSON Polygon or MultiPolygon (also inside a Feature); null when it is anything else. */
export function parseGeometry(text: string): Geometry | null {
	try {
		const value = JSON.parse(text) as { type?: string; geometry?: unknown; coordinates?: unknown };
		const geometry = (value.type === 'Feature' ? value.geometry : value) as {
			type?: string;
			coordinates?: unknown;
		} | null;
		if (
			!geometry ||
			(geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
			!Array.isArray(geometry.coordinates)
		)
			return null;
		const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : (geometry.coordinates as unknown[]);
		const valid = rings.every(
			(polygon) =>
				Array.isArray(polygon) &&
				polygon.every(
					(ring) =>
						Array.isArray(ring) &&
						ring.length >= 4 &&
						ring.every(
							(p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))
						)
				)
		);
		return valid ? { type: geometry.type, coordinates: geometry.coordinates } : null;
	} catch {
		return null;
	}
}

/** Centre of a polygon's outer ring (mean of its points): the district centre when none is given. */
export function centreOf(geometry: Geometry): { lat: number; lng: number } {
	const outer =
		(geometry.type === 'Polygon'
			? (geometry.coordinates as number[][][])[0]
			: (geometry.coordinates as number[][][][])[0]![0]) ?? [];
	const points = outer.slice(0, -1);
	return {
		lng: points.reduce((a, p) => a + p[0]!, 0) / points.length,
		lat: points.reduce((a, p) => a + p[1]!, 0) / points.length
	};
}
