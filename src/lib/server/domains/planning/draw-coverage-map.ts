import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { t } from '$lib/i18n';
import type { LifeStage } from '$lib/server/db/schema';
import type { DistrictOutline } from '$lib/server/domains/taxonomy/list-district-outlines';
import type { Coverage } from './compute-coverage';

/**
 * Light to dark blue; every district also carries its figure as text (with a white halo, so
 * the text keeps ≥ 4.5:1 on every fill) and a gap is hatched and labelled: colour is never the
 * only sign. Borders are dark (≥ 3:1 against every fill and the white background).
 */
export const MAP_COLOURS = ['#e3eef9', '#a6c8e6', '#5b9bd1', '#2166ac'] as const;
const BORDER = '#1f2933';
const NO_VALUE = '#d9d9d9';
const WIDTH = 640;
const HEIGHT = 480;
const LEGEND_HEIGHT = 120;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 1 });

/**
 * A planar projection for a town-sized area: longitude shrunk by the cosine of the mean
 * latitude, y flipped. Planar on purpose: d3's spherical projections need clockwise rings,
 * uploaded GeoJSON (RFC 7946) winds the other way, and at this scale the difference is nil.
 */
function fitProjection(outlines: DistrictOutline[]) {
	const collection = {
		type: 'FeatureCollection',
		features: outlines.map((o) => ({ type: 'Feature', properties: {}, geometry: o.geometry }))
	} as unknown as GeoPermissibleObjects;
	const raw = (k: number) =>
		geoTransform({
			point(x, y) {
				this.stream.point(x * k, -y);
			}
		});
	const lat0 = (() => {
		const [[, y0], [, y1]] = geoPath(raw(1)).bounds(collection);
		return (-(y0 + y1) / 2) * (Math.PI / 180);
	})();
	const k = Math.cos(lat0);
	const [[x0, y0], [x1, y1]] = geoPath(raw(k)).bounds(collection);
	const pad = 12;
	const scale = Math.min((WIDTH - 2 * pad) / (x1 - x0 || 1), (HEIGHT - 2 * pad) / (y1 - y0 || 1));
	const dx = (WIDTH - scale * (x1 - x0)) / 2 - scale * x0;
	const dy = (HEIGHT - scale * (y1 - y0)) / 2 - scale * y0;
	return geoPath(
		geoTransform({
			point(x, y) {
				this.stream.point(x * k * scale + dx, -y * scale + dy);
			}
		})
	);
}

export type CoverageMap = { svg: string; withoutOutline: string[] };

/**
 * The coverage map of one life stage as an SVG string (rendered on the server, no script; the
 * Jahresbericht embeds the same SVG): each district coloured by offers per 100 children (or by
 * the count when the stage has no population figure), gaps hatched and labelled, a `<title>`
 * per district and a legend. Districts without an outline are returned for a list beside it.
 */
export function drawCoverageMap(coverage: Coverage, outlines: DistrictOutline[], stage: LifeStage): CoverageMap {
	const index = coverage.stages.indexOf(stage);
	const threshold = coverage.thresholds[index];
	const unit = threshold?.unit ?? 'count';
	const outlineOf = new Map(outlines.map((o) => [o.id, o]));
	const drawn = coverage.rows.filter((r) => outlineOf.has(r.districtId));
	const withoutOutline = coverage.rows.filter((r) => !outlineOf.has(r.districtId)).map((r) => r.name);
	const valueOf = (r: (typeof drawn)[number]) => {
		const c = r.cells[index]!;
		return unit === 'per100' ? c.per100 : c.count;
	};
	const max = Math.max(0, ...drawn.map((r) => valueOf(r) ?? 0));
	const colour = scaleQuantize<string>()
		.domain([0, max || 1])
		.range([...MAP_COLOURS]);
	const stageName = t(`lifeStage.${stage}` as 'lifeStage.0-1');
	const title = t('coverage.map.title', { stage: stageName });
	const path = drawn.length > 0 ? fitProjection(drawn.map((r) => outlineOf.get(r.districtId)!)) : null;
	const shapes = drawn.map((r) => {
		const c = r.cells[index]!;
		const value = valueOf(r);
		const figure =
			unit === 'per100'
				? value === null
					? t('coverage.map.noFigure', { count: c.count })
					: t('coverage.map.per100Value', { value: num(value), count: c.count })
				: t('coverage.map.countValue', { count: c.count });
		const gapText = c.gap === 'none' ? t('coverage.gap.none') : c.gap === 'low' ? t('coverage.gap.low') : '';
		const fill = c.gap ? 'url(#coverage-gap)' : value === null ? NO_VALUE : colour(value);
		const d = path!(outlineOf.get(r.districtId)!.geometry as GeoPermissibleObjects) ?? '';
		const [cx, cy] = path!.centroid(outlineOf.get(r.districtId)!.geometry as GeoPermissibleObjects);
		const label = c.gap ? `${r.name}: ${gapText}` : r.name;
		return `<g class="district"><title>${esc(`${r.name}: ${figure}${gapText ? ` – ${gapText}` : ''}`)}</title><path d="${d}" fill="${fill}" stroke="${BORDER}" stroke-width="1.5"/><text x="${num0(cx)}" y="${num0(cy)}" text-anchor="middle" class="label">${esc(label)}</text><text x="${num0(cx)}" y="${num0(cy + 16)}" text-anchor="middle" class="label">${esc(value === null ? '–' : unit === 'per100' ? num(value) : String(value))}</text></g>`;
	});
	return { svg: wrapSvg(title, shapes, legend(colour, max, unit)), withoutOutline };
}

const num0 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '0');

/** The legend: the colour steps with their ranges, the hatch for gaps, grey for "no figure". */
function legend(colour: ReturnType<typeof scaleQuantize<string>>, max: number, unit: 'per100' | 'count'): string {
	const steps = MAP_COLOURS.map((c) => {
		const [a, b] = colour.invertExtent(c);
		return { c, text: `${num(a ?? 0)} – ${num(b ?? max)}` };
	});
	const y0 = HEIGHT + 10;
	const items = [
		...steps.map((s) => ({ fill: s.c, text: s.text })),
		{ fill: 'url(#coverage-gap)', text: t('coverage.map.legendGap') },
		{ fill: NO_VALUE, text: t('coverage.map.legendNoFigure') }
	];
	const heading = t(unit === 'per100' ? 'coverage.map.legendPer100' : 'coverage.map.legendCount');
	const rows = items.map((item, i) => {
		const x = 10 + (i % 3) * 210;
		const y = y0 + 24 + Math.floor(i / 3) * 30;
		return `<rect x="${x}" y="${y}" width="22" height="22" fill="${item.fill}" stroke="${BORDER}"/><text x="${x + 30}" y="${y + 16}" class="legend">${esc(item.text)}</text>`;
	});
	return `<g class="legend"><text x="10" y="${y0 + 12}" class="legend-heading">${esc(heading)}</text>${rows.join('')}</g>`;
}

function wrapSvg(title: string, shapes: string[], legendSvg: string): string {
	const h = HEIGHT + LEGEND_HEIGHT;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${h}" width="${WIDTH}" height="${h}" role="img" aria-labelledby="coverage-map-title" font-family="DejaVu Sans, sans-serif" font-size="13"><title id="coverage-map-title">${esc(title)}</title><defs><pattern id="coverage-gap" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><rect width="3" height="8" fill="#b3261e"/></pattern><style>.label{font-weight:700;fill:#111111;paint-order:stroke;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round}.legend{fill:#111111}.legend-heading{fill:#111111;font-weight:700}</style></defs><rect width="${WIDTH}" height="${h}" fill="#ffffff"/>${shapes.join('')}${legendSvg}</svg>`;
}
