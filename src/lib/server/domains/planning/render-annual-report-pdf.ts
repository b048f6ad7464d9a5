import { t } from '$lib/i18n';
import { htmlToPdf } from '$lib/server/pdf/html-pdf';
import { esc, runningHeader } from '$lib/server/pdf/print-html';
import { formatDate } from '$lib/time';
import { annualReportSections, type ReportCell, type ReportSection, type ReportTable } from './annual-report-tables';
import type { AnnualReport } from './build-annual-report';
import { drawBarChart } from './draw-bar-chart';

const colourOr = (c: string, fallback: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : fallback);

const CSS = `
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', sans-serif; font-size: 9.5pt; line-height: 1.35; color: #000; margin: 0; }
.cover { block-size: 250mm; display: flex; flex-direction: column; justify-content: center; gap: 6mm; border-inline-start: 8mm solid var(--accent); padding-inline-start: 10mm; break-after: page; }
.cover img { max-block-size: 30mm; max-inline-size: 70mm; align-self: flex-start; }
.cover .name { font-size: 26pt; font-weight: 700; color: var(--brand); margin: 0; }
.cover .title { font-size: 20pt; margin: 0; }
.cover .meta { color: #333; margin: 0; }
.cover .note { color: #444; font-size: 9pt; }
h2 { font-size: 14pt; color: var(--brand); margin: 8mm 0 3mm; border-block-end: 1.5px solid var(--brand); break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 2mm; break-after: avoid; }
.figure { display: flex; flex-wrap: wrap; gap: 4mm 6mm; align-items: flex-start; margin-block-end: 4mm; }
.figure .chart { max-inline-size: 100%; block-size: auto; }
table { border-collapse: collapse; margin-block-end: 2mm; }
caption { text-align: start; font-weight: 700; padding-block-end: 1.5mm; }
th, td { border: 1px solid #999; padding: 1mm 2mm; text-align: start; vertical-align: top; }
thead th { background: #eef2f6; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.map svg { inline-size: 150mm; block-size: auto; }
.empty { color: #444; font-style: italic; }
`;

const cell = (v: ReportCell) => {
	if (v === null || v === '') return '<td>–</td>';
	if (typeof v === 'number')
		return `<td class="n">${esc(v.toLocaleString('de-DE', { maximumFractionDigits: 1 }))}</td>`;
	if (v instanceof Date) return `<td>${esc(formatDate(v, 'date'))}</td>`;
	return `<td>${esc(v)}</td>`;
};

function tableHtml(table: ReportTable): string {
	const head = table.headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
	const body =
		table.rows.length === 0
			? `<tr><td colspan="${table.headers.length}" class="empty">${esc(t('annualReport.noRows'))}</td></tr>`
			: table.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('');
	const html = `<table><caption>${esc(table.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
	const chart = table.chart;
	if (!chart || table.rows.length === 0) return `<div class="figure">${html}</div>`;
	const bars = table.rows.map((r) => ({
		label: String(r[chart.label] ?? ''),
		value: typeof r[chart.value] === 'number' ? (r[chart.value] as number) : 0
	}));
	// A chart of zeros says nothing the table does not: then the table stands alone.
	if (bars.every((b) => b.value === 0)) return `<div class="figure">${html}</div>`;
	return `<div class="figure">${html}${drawBarChart(chart.title, bars)}</div>`;
}

function sectionHtml(section: ReportSection, report: AnnualReport): string {
	const paragraphs = section.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
	const tables = section.tables.map((table, i) => {
		// The map follows the coverage table of the offers section; its own table comes right after it.
		const withMap =
			section.id === 'angebote' && i === section.tables.length - 1 && report.map.drawn
				? `<h3>${esc(t('annualReport.mapTitle'))}</h3><div class="map">${report.map.svg}</div>`
				: '';
		return withMap + tableHtml(table);
	});
	return `<section class="part" id="${esc(section.id)}"><h2>${esc(section.title)}</h2>${paragraphs}${tables.join('')}</section>`;
}

/** The Jahresbericht as a self-contained print page: the cover in the network's colours, then one part per section. */
export function annualReportHtml(report: AnnualReport): string {
	const brand = colourOr(report.brand.colour, '#1d5c8f');
	const accent = colourOr(report.network.accent, brand);
	const logo = report.brand.logo
		? `<img alt="${esc(t('annualReport.logoAlt', { name: report.network.name }))}" src="data:${esc(report.brand.logo.type)};base64,${report.brand.logo.data.toString('base64')}">`
		: '';
	const title = t('annualReport.title', { year: report.year });
	const cover = `<div class="cover">${logo}<p class="name">${esc(report.network.name)}</p><h1 class="title">${esc(title)}</h1><p class="meta">${esc(t('annualReport.coverMeta', { municipality: report.network.municipality, date: formatDate(report.generatedAt, 'date') }))}</p>${report.brand.note ? `<p class="note">${esc(report.brand.note)}</p>` : ''}</div>`;
	const body = annualReportSections(report)
		.map((s) => sectionHtml(s, report))
		.join('');
	return `<!doctype html><html lang="de" dir="ltr"><head><meta charset="utf-8"><title>${esc(`${title} – ${report.network.name}`)}</title><style>:root{--brand:${brand};--accent:${accent}}${CSS}</style></head><body>${cover}${body}</body></html>`;
}

/** The Jahresbericht as an A4 PDF, printed by headless Chromium (ADR 0024); charts and map stay vectors (ADR 0029). */
export async function renderAnnualReportPdf(report: AnnualReport): Promise<Buffer> {
	return htmlToPdf(annualReportHtml(report), 'A4', runningHeader(report.brand, 'ltr'));
}

export const annualReportFilename = (report: AnnualReport, ext: 'pdf' | 'xlsx') =>
	`jahresbericht-${report.network.slug}-${report.year}.${ext}`;
