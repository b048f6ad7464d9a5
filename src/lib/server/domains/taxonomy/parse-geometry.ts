import { kinks } from '@turf/kinks';

/** A district's outline: GeoJSON polygons as uploaded, and the centre found from them. */
export type Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };

/** The largest outline accepted (a whole city's Stadtteile at survey precision stays far below). */
export const MAX_GEOJSON_BYTES = 2 * 1024 * 1024;

export type GeometryCheck =
	| { ok: true; geometry: Geometry }
	| { ok: false; message: 'error.geojsonInvalid' | 'error.geojsonTooLarge' | 'error.geojsonSelfIntersecting' };

const closed = (ring: number[][]) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1];

/**
 * The strict check of an uploaded outline (ADR 0027): at most 2 MB, a Polygon or MultiPolygon
 * (bare or as a Feature) with closed rings, and no edge crossing another (@turf/kinks finds
 * every self-intersection, also between a polygon's rings).
 */
export function checkGeometry(text: string): GeometryCheck {
	if (new TextEncoder().encode(text).length > MAX_GEOJSON_BYTES) return { ok: false, message: 'error.geojsonTooLarge' };
	const geometry = parseGeometry(text);
	if (!geometry) return { ok: false, message: 'error.geojsonInvalid' };
	const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
	if (!polygons.every((rings) => rings.length > 0 && rings.every(closed)))
		return { ok: false, message: 'error.geojsonInvalid' };
	const crossings = kinks(geometry as Parameters<typeof kinks>[0]).features.length;
	return crossings > 0 ? { ok: false, message: 'error.geojsonSelfIntersecting' } : { ok: true, geometry };
}

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
				polygon.length > 0 &&
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
