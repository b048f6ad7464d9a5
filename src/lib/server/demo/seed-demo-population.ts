import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { districts, fundingYears, populationFigures } from '$lib/server/db/schema';
import { demoDistrictOutlines } from './demo-district-outlines';

/** The demo years: three of population figures, the last two with a funding entry. */
export const DEMO_POPULATION_YEARS = [2024, 2025, 2026] as const;
/** Herten's page names this figure; the demo's latest year adds up to it. */
export const HERTEN_SGB2_CHILDREN = 418;

/** A number in [0, 1) from a text, the same on every run (invented but stable figures). */
function unit(text: string): number {
	let h = 2166136261;
	for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	return ((h >>> 0) % 10000) / 10000;
}

/** `total` split over the weights, whole numbers that add up exactly (largest remainders). */
function split(total: number, weights: number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const raw = weights.map((w) => (w / sum) * total);
	const out = raw.map(Math.floor);
	const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
	const missing = total - out.reduce((a, b) => a + b, 0);
	for (let k = 0; k < missing; k++) out[order[k]![1]]! += 1;
	return out;
}

type District = { id: string; name: string };

/** Plausible invented figures of one district and year: about 300–1,300 children under 3. */
function figuresOf(d: District, year: number) {
	const base = 300 + Math.round(unit(d.name) * 1000);
	const drift = 1 + (year - 2025) * (unit(`${d.name}-trend`) - 0.5) * 0.06;
	const children0to3 = Math.round(base * drift);
	return {
		children0to3,
		children3to6: Math.round(children0to3 * (1.02 + unit(`${d.name}-kita`) * 0.08)),
		births: Math.round(children0to3 / 3 + unit(`${d.name}-${year}`) * 10),
		children0to3Sgb2: Math.round(children0to3 * (0.08 + unit(`${d.name}-sgb2`) * 0.2))
	};
}

/** Outlines for the network's districts that have a centre but none yet (cells around the centres). */
async function fillOutlines(tx: Tx, networkId: string): Promise<void> {
	const all = await tx
		.select({ id: districts.id, lat: districts.lat, lng: districts.lng, geojson: districts.geojson })
		.from(districts)
		.where(eq(districts.networkId, networkId))
		.orderBy(asc(districts.name));
	const placed = all.filter((d) => d.lat !== null && d.lng !== null);
	if (!placed.some((d) => d.geojson === null)) return;
	const outlines = demoDistrictOutlines(placed.map((d) => ({ lat: d.lat!, lng: d.lng! })));
	for (const [i, d] of placed.entries())
		if (d.geojson === null)
			await tx
				.update(districts)
				.set({ geojson: outlines[i] })
				.where(and(eq(districts.id, d.id), isNull(districts.geojson)));
}

/**
 * Population figures for every district of a demo network in 2024–2026 (Herten: exactly 418
 * children 0–3 in SGB II households in 2026), funding entries for 2025 and 2026, and outlines
 * for districts without one. Idempotent: stored figures and years are left as they are.
 */
export async function seedDemoPopulation(tx: Tx, network: { id: string; slug: string }): Promise<void> {
	await fillOutlines(tx, network.id);
	const list = await tx
		.select({ id: districts.id, name: districts.name })
		.from(districts)
		.where(eq(districts.networkId, network.id))
		.orderBy(asc(districts.name));
	if (list.length === 0) return;
	const rows = DEMO_POPULATION_YEARS.flatMap((year) => {
		const figures = list.map((d) => figuresOf(d, year));
		if (network.slug === 'herten' && year === 2026) {
			const sgb2 = split(
				HERTEN_SGB2_CHILDREN,
				figures.map((f) => f.children0to3Sgb2)
			);
			figures.forEach((f, i) => (f.children0to3Sgb2 = sgb2[i]!));
		}
		return list.map((d, i) => ({ networkId: network.id, districtId: d.id, year, ...figures[i]! }));
	});
	await tx.insert(populationFigures).values(rows).onConflictDoNothing();
	const networkChildren = (year: number) =>
		rows.filter((r) => r.year === year).reduce((a, r) => a + r.children0to3Sgb2, 0);
	// Invented Land totals (a Land has some 40,000–60,000 such children) and allocations.
	await tx
		.insert(fundingYears)
		.values(
			[2025, 2026].map((year) => ({
				networkId: network.id,
				year,
				landChildren0to3Sgb2: 48000 + Math.round(unit(`${network.slug}-${year}`) * 8000),
				allocationCents: networkChildren(year) * (9000 + Math.round(unit(`${network.slug}-euro`) * 3000)),
				note: 'Beispieldaten'
			}))
		)
		.onConflictDoNothing();
}
