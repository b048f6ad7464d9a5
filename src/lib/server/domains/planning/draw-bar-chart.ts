import { scaleBand, scaleLinear } from 'd3-scale';

const WIDTH = 560;
const LABEL_WIDTH = 200;
const BAR = 18;
const GAP = 8;
const BAR_COLOUR = '#2166ac';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 1 });
const short = (s: string, max = 30) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * A horizontal bar chart as an SVG string (ADR 0029): d3-scale lays out bands and lengths, the
 * markup is written here, so it prints as vectors in the Chromium-printed report. Each bar carries
 * its value as text; the chart is always printed beside its table, never alone.
 */
export function drawBarChart(title: string, bars: { label: string; value: number }[]): string {
	const height = bars.length * (BAR + GAP) + GAP + 24;
	const max = Math.max(1, ...bars.map((b) => b.value));
	const x = scaleLinear()
		.domain([0, max])
		.range([0, WIDTH - LABEL_WIDTH - 50])
		.nice();
	const y = scaleBand<number>()
		.domain(bars.map((_, i) => i))
		.range([GAP, height - 24])
		.paddingInner(GAP / (BAR + GAP));
	const ticks = x.ticks(4).map((v) => {
		const tx = LABEL_WIDTH + x(v);
		return `<line x1="${tx}" x2="${tx}" y1="${GAP}" y2="${height - 24}" stroke="#ccc"/><text x="${tx}" y="${height - 8}" text-anchor="middle" class="tick">${num(v)}</text>`;
	});
	const rows = bars.map((b, i) => {
		const top = y(i) ?? 0;
		const w = x(b.value);
		const mid = top + y.bandwidth() / 2 + 4;
		return `<g><text x="${LABEL_WIDTH - 6}" y="${mid}" text-anchor="end" class="bar-label">${esc(short(b.label))}</text><rect x="${LABEL_WIDTH}" y="${top}" width="${Math.max(0, w)}" height="${y.bandwidth()}" fill="${BAR_COLOUR}"/><text x="${LABEL_WIDTH + w + 4}" y="${mid}" class="bar-value">${num(b.value)}</text></g>`;
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(title)}" class="chart"><title>${esc(title)}</title><style>text{font-family:'DejaVu Sans',sans-serif;font-size:11px;fill:#000}.tick{font-size:9px;fill:#444}</style>${ticks.join('')}${rows.join('')}</svg>`;
}
