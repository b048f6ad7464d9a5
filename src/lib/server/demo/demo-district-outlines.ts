/**
 * Invented district outlines for the demo networks: the area around the district centres is
 * cut into cells (each point belongs to its nearest centre), clipped to a box around them.
 * Real networks upload their districts' GeoJSON under /intern/stadtteile; these only give the
 * demo map its orientation.
 */
type Point = { x: number; y: number };
type Centre = { lat: number; lng: number };

/** Keeps the part of a convex polygon that is nearer to `a` than to `b`. */
function clipNearer(polygon: Point[], a: Point, b: Point): Point[] {
	// Points p with (p - m) · (b - a) <= 0 are on a's side; m is the midpoint.
	const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
	const d = { x: b.x - a.x, y: b.y - a.y };
	const side = (p: Point) => (p.x - m.x) * d.x + (p.y - m.y) * d.y;
	const out: Point[] = [];
	for (let i = 0; i < polygon.length; i++) {
		const p = polygon[i]!;
		const q = polygon[(i + 1) % polygon.length]!;
		const sp = side(p);
		const sq = side(q);
		if (sp <= 0) out.push(p);
		if (sp < 0 !== sq < 0 && sp !== sq) {
			const t = sp / (sp - sq);
			out.push({ x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y) });
		}
	}
	return out;
}

/** One GeoJSON Polygon per centre, in the same order. */
export function demoDistrictOutlines(centres: Centre[]): { type: 'Polygon'; coordinates: number[][][] }[] {
	const first = centres[0];
	if (!first) return [];
	// Work in a plane where one unit is about the same distance east-west and north-south.
	const scale = Math.cos((first.lat * Math.PI) / 180);
	const points = centres.map((c) => ({ x: c.lng * scale, y: c.lat }));
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	const pad = Math.max(0.012, (Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys)) / 6);
	const box: Point[] = [
		{ x: Math.min(...xs) - pad, y: Math.min(...ys) - pad },
		{ x: Math.max(...xs) + pad, y: Math.min(...ys) - pad },
		{ x: Math.max(...xs) + pad, y: Math.max(...ys) + pad },
		{ x: Math.min(...xs) - pad, y: Math.max(...ys) + pad }
	];
	return points.map((a, i) => {
		let cell = box;
		points.forEach((b, j) => {
			if (j !== i && (b.x !== a.x || b.y !== a.y)) cell = clipNearer(cell, a, b);
		});
		const ring = cell.map((p) => [Number((p.x / scale).toFixed(5)), Number(p.y.toFixed(5))]);
		return { type: 'Polygon' as const, coordinates: [[...ring, ring[0]!]] };
	});
}
