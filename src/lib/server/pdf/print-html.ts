import type { PdfBrand } from './pdf-document';

/** Text for HTML element content and attribute values. */
export function esc(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
@page { margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', sans-serif; font-size: 10pt; line-height: 1.35; color: #000; margin: 0; }
header.brand { border-block-end: 2px solid var(--brand); margin-block-end: 6mm; padding-block-end: 2mm; display: flex; gap: 4mm; align-items: center; }
header.brand img { max-block-size: 12mm; max-inline-size: 36mm; }
header.brand .name { color: var(--brand); font-weight: 700; }
header.brand .note { font-size: 8pt; color: #444; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-block-end: 1px solid #888; break-after: avoid; }
.sub { color: #444; margin: 0 0 4mm; }
.entry { display: flex; gap: 4mm; align-items: flex-start; break-inside: avoid; border-block-end: 1px solid #ccc; padding-block: 2.5mm; }
.entry .text { flex: 1; }
.entry h3 { font-size: 11pt; margin: 0 0 1mm; }
.entry p { margin: 0.5mm 0; }
.entry .qr { inline-size: 22mm; block-size: 22mm; flex: none; }
.entry .qr svg { inline-size: 100%; block-size: 100%; }
.label { font-weight: 700; }
.de-only { font-size: 8pt; color: #444; font-style: italic; }
.help { break-inside: avoid; border: 1px solid #888; padding: 2mm 3mm; margin-block: 4mm; }
.help h2 { border: 0; margin-block-start: 0; }
.help ul { margin: 0; padding-inline-start: 5mm; }
.url { font-size: 8pt; word-break: break-all; color: #1d5c8f; }
`;

/** A complete, self-contained print page: language and direction on the root, the network's brand on top. */
export function printDocument(o: { lang: string; dir: 'ltr' | 'rtl'; title: string; brand: PdfBrand; body: string }) {
	const colour = /^#[0-9a-f]{6}$/i.test(o.brand.colour) ? o.brand.colour : '#1d5c8f';
	const logo = o.brand.logo
		? `<img alt="" src="data:${esc(o.brand.logo.type)};base64,${o.brand.logo.data.toString('base64')}">`
		: '';
	return `<!doctype html><html lang="${esc(o.lang)}" dir="${o.dir}"><head><meta charset="utf-8"><title>${esc(o.title)}</title><style>:root{--brand:${colour}}${CSS}</style></head><body>
${logo ? `<header class="brand">${logo}</header>` : ''}
${o.body}
</body></html>`;
}

/** The line on top of every page: the network's name in its colour and, for a demo network, the sample-data note. */
export function runningHeader(brand: PdfBrand, dir: 'ltr' | 'rtl'): string {
	const colour = /^#[0-9a-f]{6}$/i.test(brand.colour) ? brand.colour : '#1d5c8f';
	const note = brand.note ? ` <span style="color:#444;font-weight:400">${esc(brand.note)}</span>` : '';
	return `<div dir="${dir}" style="font-family:'DejaVu Sans',sans-serif;font-size:7pt;width:100%;margin:0 12mm;padding-bottom:1mm;border-bottom:1.5px solid ${colour}"><span style="color:${colour};font-weight:700">${esc(brand.networkName)}</span>${note}</div>`;
}
