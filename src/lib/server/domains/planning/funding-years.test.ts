import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, populationFigures } from '$lib/server/db/schema';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { fundingYearSchema, parseEuros, type FundingYearInput } from './funding-schema';
import { fundingShare, listFundingYears } from './list-funding-years';
import { saveFundingYear } from './save-funding-year';

const form = (values: Record<string, string>) => {
	const parsed = parseWith(fundingYearSchema, { landChildren0to3Sgb2: '', allocation: '', ...values });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.data as FundingYearInput;
};

describe('funding form', () => {
	it('reads German euros into cents and refuses negative amounts, text and a future year', () => {
		expect(parseEuros('12.345,67')).toEqual({ ok: true, cents: 1234567 });
		expect(parseEuros('12345,6')).toEqual({ ok: true, cents: 1234560 });
		expect(parseEuros('12 345 €')).toEqual({ ok: true, cents: 1234500 });
		expect(parseEuros('12345.67')).toEqual({ ok: true, cents: 1234567 });
		expect(parseEuros('')).toEqual({ ok: true, cents: null });
		expect(parseEuros('-5,00')).toEqual({ ok: false, message: 'planning.error.negative' });
		expect(parseEuros('zwölf Euro')).toEqual({ ok: false, message: 'planning.error.moneyInvalid' });
		const bad = parseWith(fundingYearSchema, { year: '2999', landChildren0to3Sgb2: '-1', allocation: 'viel' });
		expect(bad).toEqual({
			ok: false,
			errors: {
				year: 'planning.error.yearFuture',
				landChildren0to3Sgb2: 'planning.error.negative',
				allocation: 'planning.error.moneyInvalid'
			}
		});
		expect(parseWith(fundingYearSchema, { year: '2025', landChildren0to3Sgb2: 'acht', allocation: '' })).toMatchObject({
			ok: false,
			errors: { landChildren0to3Sgb2: 'planning.error.notNumber' }
		});
	});

	it('computes the share only with both numbers', () => {
		expect(fundingShare(418, 41800)).toBe(1);
		expect(fundingShare(null, 41800)).toBeNull();
		expect(fundingShare(418, null)).toBeNull();
	});
});

describe.each(TEST_DATABASE_KINDS)('funding helper on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('sums the districts, computes share and amount per child, keeps the history, refuses bad totals', async () => {
		const network = await makeNetwork(database.db);
		const coordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(database.db, network, coordinator);
		await withSystem(database.db, async (tx) => {
			const [a, b, c] = await tx
				.insert(districts)
				.values(['A', 'B', 'C'].map((name) => ({ networkId: network.id, name })))
				.returning();
			await tx.insert(populationFigures).values([
				{ networkId: network.id, districtId: a!.id, year: 2025, children0to3Sgb2: 300 },
				{ networkId: network.id, districtId: b!.id, year: 2025, children0to3Sgb2: 118 },
				{ networkId: network.id, districtId: c!.id, year: 2025, children0to3Sgb2: null, children0to3: 50 },
				{ networkId: network.id, districtId: a!.id, year: 2024, children0to3Sgb2: 400 }
			]);
		});
		const before = await listFundingYears(ctx);
		expect(before.map((y) => [y.year, y.networkChildren, y.districtsUnknown, y.sharePercent])).toEqual([
			[2025, 418, 1, null],
			[2024, 400, 0, null]
		]);
		// The Land's total below the network's own 418 children cannot be right.
		await expect(
			saveFundingYear(ctx, form({ year: '2025', landChildren0to3Sgb2: '417', allocation: '1.000,00' }))
		).rejects.toMatchObject({
			code: 'validation',
			details: { field: 'landChildren0to3Sgb2', message: 'planning.error.landBelowNetwork' }
		});
		await saveFundingYear(ctx, form({ year: '2025', landChildren0to3Sgb2: '20.900', allocation: '41.800,00' }));
		await saveFundingYear(ctx, form({ year: '2024', landChildren0to3Sgb2: '40000', allocation: '30.000' }));
		const [y2025, y2024] = await listFundingYears(ctx);
		expect(y2025).toMatchObject({
			year: 2025,
			networkChildren: 418,
			landChildren: 20900,
			allocationCents: 4180000,
			centsPerChild: 10000,
			version: 1
		});
		expect(y2025!.sharePercent).toBeCloseTo(2, 10);
		expect(y2024!.sharePercent).toBeCloseTo(1, 10);
		expect(y2024!.centsPerChild).toBe(7500);
		// A stale form: conflict, nothing changed.
		await expect(
			saveFundingYear(ctx, form({ year: '2025', landChildren0to3Sgb2: '30000', allocation: '', version: '0' }))
		).rejects.toMatchObject({ code: 'conflict' });
		await saveFundingYear(ctx, form({ year: '2025', landChildren0to3Sgb2: '41800', allocation: '', version: '1' }));
		const [again] = await listFundingYears(ctx);
		expect(again).toMatchObject({ landChildren: 41800, allocationCents: null, centsPerChild: null, version: 2 });
		expect(again!.sharePercent).toBeCloseTo(1, 10);
		// Another network sees none of it.
		const other = await makeNetwork(database.db);
		const otherCoordinator = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		expect(await listFundingYears(tenantContext(database.db, other, otherCoordinator))).toEqual([]);
	});
});
