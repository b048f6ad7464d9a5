import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, fundingYears, populationFigures } from '$lib/server/db/schema';
import { checkGeometry } from '$lib/server/domains/taxonomy/parse-geometry';
import { makeNetwork } from '$tests/fixtures';
import { DEMO_DISTRICTS } from './demo-offers';
import { HERTEN_SGB2_CHILDREN, seedDemoPopulation } from './seed-demo-population';

describe.each(TEST_DATABASE_KINDS)('demo population figures on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('three years per district, Herten’s 418 children in SGB II in 2026, two funding years, valid outlines, idempotent', async () => {
		const network = await makeNetwork(database.db);
		await withSystem(database.db, async (tx) => {
			await tx.insert(districts).values(DEMO_DISTRICTS.herten!.map((d) => ({ ...d, networkId: network.id })));
			await seedDemoPopulation(tx, { id: network.id, slug: 'herten' });
			await seedDemoPopulation(tx, { id: network.id, slug: 'herten' });
		});
		const { figures, years, outlines } = await withSystem(database.db, async (tx) => ({
			figures: await tx.select().from(populationFigures).where(eq(populationFigures.networkId, network.id)),
			years: await tx.select().from(fundingYears).where(eq(fundingYears.networkId, network.id)),
			outlines: await tx
				.select({ geojson: districts.geojson })
				.from(districts)
				.where(eq(districts.networkId, network.id))
		}));
		expect(figures.length).toBe(DEMO_DISTRICTS.herten!.length * 3);
		const sgb2 = (year: number) =>
			figures.filter((f) => f.year === year).reduce((a, f) => a + (f.children0to3Sgb2 ?? 0), 0);
		expect(sgb2(2026)).toBe(HERTEN_SGB2_CHILDREN);
		for (const f of figures) {
			expect(f.children0to3Sgb2!).toBeLessThan(f.children0to3!);
			expect(f.births!).toBeLessThan(f.children0to3!);
		}
		expect(years.map((y) => y.year).sort()).toEqual([2025, 2026]);
		for (const y of years) expect(y.landChildren0to3Sgb2!).toBeGreaterThan(sgb2(y.year));
		for (const o of outlines) expect(checkGeometry(JSON.stringify(o.geojson)).ok).toBe(true);
	});
});
