import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from './testing';
import type { Database } from './client';
import { executePrepared } from './prepared';
import { rowsOf, withSystem, withTenant } from './scope';
import { networks, organisations } from './schema';

describe.each(TEST_DATABASE_KINDS)('prepared statements on %s', (kind) => {
	let database: Database;
	let a: string;
	let b: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await withSystem(database.db, async (tx) => {
			const [na, nb] = await tx
				.insert(networks)
				.values([
					{ slug: 'pa', name: 'Netz A', municipality: 'A', municipalityKind: 'stadt' },
					{ slug: 'pb', name: 'Netz B', municipality: 'B', municipalityKind: 'kreis' }
				])
				.returning();
			a = na!.id;
			b = nb!.id;
			await tx.insert(organisations).values([
				{ networkId: a, name: 'Hebammenpraxis A' },
				{ networkId: b, name: 'Familienzentrum B' }
			]);
		});
	});
	afterAll(() => database?.close());

	// A plan kept across transactions must still apply each transaction's tenant (RLS reads the
	// setting when the statement runs): ten rounds, past the point where PostgreSQL switches to
	// the generic plan.
	it('keeps each tenant to its own rows when the same statement runs again and again', async () => {
		const names = (network: string) =>
			withTenant(database.db, network, async (tx) =>
				rowsOf<{ name: string }>(
					await executePrepared(tx, sql`select name from organisations where name <> ${'x'} order by name`)
				).map((r) => r.name)
			);
		for (let i = 0; i < 10; i++) {
			expect(await names(a)).toEqual(['Hebammenpraxis A']);
			expect(await names(b)).toEqual(['Familienzentrum B']);
		}
		if (kind === 'postgres') {
			const prepared = await withSystem(database.db, (tx) =>
				tx.execute(sql`select 1 from pg_prepared_statements where statement like '%from organisations where name%'`)
			);
			expect(rowsOf(prepared).length).toBeGreaterThan(0);
		}
	});
});
