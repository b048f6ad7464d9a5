import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, planningSettings, populationFigures } from '$lib/server/db/schema';
import { ensureOfferDefaults } from '$lib/server/domains/taxonomy/default-taxonomy';
import { saveOffer } from '$lib/server/domains/offers/save-offer';
import { searchOffers } from '$lib/server/domains/offers/search-offers';
import { largestCoverageGaps } from '$lib/server/domains/dashboard/coverage-dashboard';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { emptySearch, offerInput } from '$tests/offer-fixtures';
import { computeCoverage, type Coverage } from './compute-coverage';
import { listCoverageOffers } from './list-coverage-offers';
import { drawCoverageMap } from './draw-coverage-map';

const ALL = { topic: '', offerType: '', preventionLevel: '', language: '' };
const square = (x: number, y: number) => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + 0.01, y],
			[x + 0.01, y + 0.01],
			[x, y + 0.01],
			[x, y]
		]
	]
});

/** The cell of a district (by name) and life stage. */
const cell = (c: Coverage, district: string, stage: string) =>
	c.rows.find((r) => r.name === district)!.cells.find((x) => x.stage === stage)!;

describe.each(TEST_DATABASE_KINDS)('coverage on %s', (kind) => {
	let database: Database;
	let ctx: TenantContext;
	const id: Record<string, string> = {};

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		ctx = tenantContext(database.db, network, coordinator);
		await withSystem(database.db, async (tx) => {
			await ensureOfferDefaults(tx, network.id);
			const rows = await tx
				.insert(districts)
				.values([
					{
						networkId: network.id,
						name: 'Nord',
						postcodes: ['11111'],
						lat: 51.6,
						lng: 7.1,
						geojson: square(7.1, 51.6)
					},
					{ networkId: network.id, name: 'Süd', postcodes: ['22222'], lat: 51.5, lng: 7.1, geojson: square(7.1, 51.5) },
					{
						networkId: network.id,
						name: 'Ost',
						postcodes: ['33333'],
						lat: 51.55,
						lng: 7.2,
						geojson: square(7.2, 51.55)
					},
					// West has no outline: listed beside the map.
					{ networkId: network.id, name: 'West', postcodes: ['44444'], lat: 51.55, lng: 7.0 }
				])
				.returning();
			for (const r of rows) id[r.name] = r.id;
			// 2025 (latest): births Nord 100, Süd 50, Ost 200, West 80; 2024 other numbers.
			await tx.insert(populationFigures).values([
				{ networkId: network.id, districtId: id.Nord!, year: 2025, births: 100, children0to3: 300, children3to6: 310 },
				{ networkId: network.id, districtId: id['Süd']!, year: 2025, births: 50, children0to3: 150, children3to6: 160 },
				{ networkId: network.id, districtId: id.Ost!, year: 2025, births: 200, children0to3: 600, children3to6: 590 },
				{ networkId: network.id, districtId: id.West!, year: 2025, births: 80, children0to3: 240, children3to6: 250 },
				{ networkId: network.id, districtId: id.Nord!, year: 2024, births: 200 },
				{ networkId: network.id, districtId: id['Süd']!, year: 2024, births: 25 }
			]);
		});
		const place = (district: string) => ({
			'loc0-street': 'Beispielweg 1',
			'loc0-postcode': '11111',
			'loc0-districtId': id[district]!
		});
		// In Nord by its location, and its Einzugsgebiet names Nord again and Süd: Nord counts it once.
		await saveOffer(
			ctx,
			null,
			offerInput({ title: 'Babytreff Nord', ...place('Nord'), serviceDistrictIds: [id.Nord!, id['Süd']!] })
		);
		// No location at all: visits homes in three districts.
		await saveOffer(
			ctx,
			null,
			offerInput({
				title: 'Familienhebamme',
				offerType: 'hausbesuch',
				lifeStages: ['schwangerschaft', '0-1'],
				serviceDistrictIds: [id.Nord!, id['Süd']!, id.Ost!]
			})
		);
		await saveOffer(ctx, null, offerInput({ title: 'Elterntelefon', lifeStages: ['1-3'], servesWholeNetwork: true }));
		// A draft in West does not count.
		await saveOffer(ctx, null, offerInput({ title: 'Entwurf West', status: 'draft', ...place('West') }));
	}, 120_000);
	afterAll(() => database.close());

	it('counts an offer once per district it serves: location, Einzugsgebiet or whole network', async () => {
		const c = await computeCoverage(ctx, ALL);
		expect(c.rows.map((r) => r.name)).toEqual(['Nord', 'Ost', 'Süd', 'West']);
		expect(['Nord', 'Süd', 'Ost', 'West'].map((d) => cell(c, d, '0-1').count)).toEqual([2, 2, 1, 0]);
		expect(['Nord', 'Süd', 'Ost', 'West'].map((d) => cell(c, d, 'schwangerschaft').count)).toEqual([1, 1, 1, 0]);
		expect(['Nord', 'Süd', 'Ost', 'West'].map((d) => cell(c, d, '1-3').count)).toEqual([1, 1, 1, 1]);
		const hausbesuch = await computeCoverage(ctx, { ...ALL, offerType: 'hausbesuch' });
		expect(['Nord', 'Süd', 'Ost', 'West'].map((d) => cell(hausbesuch, d, '0-1').count)).toEqual([1, 1, 1, 0]);
	});

	it('gives offers per 100 children of the latest year and marks gaps below half the median', async () => {
		const c = await computeCoverage(ctx, ALL);
		expect(c.year).toBe(2025);
		expect(c.years).toEqual([2025, 2024]);
		expect(c.noFigures).toBe(false);
		// 0–1 against births: 2/100, 2/50, 1/200, 0/80.
		expect(['Nord', 'Süd', 'Ost', 'West'].map((d) => cell(c, d, '0-1').per100)).toEqual([2, 4, 0.5, 0]);
		// Median of 0, 0.5, 2, 4 is 1.25; half of it 0.625: Ost is below, West has none.
		const threshold = c.thresholds.find((x) => x.stage === '0-1')!;
		expect(threshold).toMatchObject({ value: 0.625, unit: 'per100', source: 'median' });
		expect(['Nord', 'Süd', 'Ost', 'West'].map((d) => cell(c, d, '0-1').gap)).toEqual([null, null, 'low', 'none']);
		// 1–3 against children under 3: 1/300 … ; Grundschule has no figure: the count only.
		expect(cell(c, 'Süd', '1-3').per100).toBeCloseTo(0.7, 5);
		expect(cell(c, 'Nord', 'grundschule')).toMatchObject({ count: 0, children: null, per100: null, gap: 'none' });
	});

	it('uses the chosen year, says when a year has no figures, and follows the coordinator threshold', async () => {
		const older = await computeCoverage(ctx, { ...ALL, year: 2024 });
		expect(cell(older, 'Nord', '0-1').per100).toBe(1);
		expect(cell(older, 'Süd', '0-1').per100).toBe(8);
		expect(cell(older, 'Ost', '0-1').per100).toBeNull();
		const none = await computeCoverage(ctx, { ...ALL, year: 2023 });
		expect(none).toMatchObject({ year: 2023, noFigures: true });
		expect(cell(none, 'Nord', '0-1')).toMatchObject({ count: 2, per100: null });
		await withSystem(database.db, (tx) =>
			tx.insert(planningSettings).values({ networkId: ctx.network.id, gapThreshold: '3' })
		);
		try {
			const strict = await computeCoverage(ctx, ALL);
			expect(strict.thresholds.find((x) => x.stage === '0-1')).toMatchObject({ value: 3, source: 'setting' });
			expect(['Nord', 'Süd', 'Ost', 'West'].map((d) => cell(strict, d, '0-1').gap)).toEqual([
				'low',
				null,
				'low',
				'none'
			]);
		} finally {
			await withSystem(database.db, (tx) => tx.delete(planningSettings));
		}
	});

	it('lists the offers behind a cell and how each reaches the district', async () => {
		const list = await listCoverageOffers(ctx, ALL, { districtId: id.Nord!, stage: '0-1' });
		expect(list.district).toBe('Nord');
		expect(list.offers.map((o) => [o.title, o.servedBy])).toEqual([
			['Babytreff Nord', 'location'],
			['Familienhebamme', 'serviceArea']
		]);
		const west = await listCoverageOffers(ctx, ALL, { districtId: id.West!, stage: '1-3' });
		expect(west.offers.map((o) => [o.title, o.servedBy])).toEqual([['Elterntelefon', 'wholeNetwork']]);
	});

	it('draws a map with a title per outlined district and lists the one without outline', async () => {
		const c = await computeCoverage(ctx, ALL);
		const outlines = (await import('$lib/server/domains/taxonomy/list-district-outlines')).listDistrictOutlines;
		const map = drawCoverageMap(c, await outlines(ctx), '0-1');
		expect(map.withoutOutline).toEqual(['West']);
		const titles = [...map.svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
		expect(titles).toEqual([
			'Nord: 2 Angebote je 100 Kinder (2 Angebote)',
			'Ost: 0,5 Angebote je 100 Kinder (1 Angebote) – Lücke: unter der Schwelle',
			'Süd: 4 Angebote je 100 Kinder (2 Angebote)'
		]);
		expect(map.svg).toContain('url(#coverage-gap)');
		expect(map.svg).toContain('Lücke (schraffiert)');
	});

	it('puts the largest gaps on the dashboard', async () => {
		const gaps = await largestCoverageGaps(ctx);
		expect(gaps).toHaveLength(3);
		// No offer at all for Kindergartenalter anywhere: the districts with the most children first.
		expect(gaps.map((g) => [g.district, g.stage, g.count, g.children])).toEqual([
			['Ost', 'kita', 0, 590],
			['Nord', 'kita', 0, 310],
			['West', 'kita', 0, 250]
		]);
	});

	it('finds an offer by its Einzugsgebiet in the portal district facet and near a postcode', async () => {
		const portal = tenantContext(database.db, ctx.network, null);
		const ost = await searchOffers(portal, { ...emptySearch, districts: [id.Ost!] });
		expect(ost.hits.map((h) => h.title).sort()).toEqual(['Elterntelefon', 'Familienhebamme']);
		const all = await searchOffers(portal, emptySearch);
		expect(all.facets.district.find((f) => f.value === id.Ost)?.count).toBe(2);
		expect(all.facets.district.find((f) => f.value === id.West)?.count).toBe(1);
		const near = await searchOffers(portal, {
			...emptySearch,
			origin: { lat: 51.555, lng: 7.205, districtIds: [id.Ost!] }
		});
		expect(near.hits.find((h) => h.title === 'Familienhebamme')?.distanceKm).toBe(0);
	});
});
