import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from './testing';
import type { Database } from './client';
import { rowsOf, withSystem, withTenant } from './scope';
import { networks, organisations } from './schema';

describe.each(TEST_DATABASE_KINDS)('row-level security on %s', (kind) => {
	let database: Database;
	let a: string;
	let b: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await withSystem(database.db, async (tx) => {
			const [na] = await tx
				.insert(networks)
				.values({ slug: 'a', name: 'Netz A', municipality: 'A', municipalityKind: 'stadt' })
				.returning();
			const [nb] = await tx
				.insert(networks)
				.values({ slug: 'b', name: 'Netz B', municipality: 'B', municipalityKind: 'kreis' })
				.returning();
			a = na!.id;
			b = nb!.id;
			await tx.insert(organisations).values([
				{ networkId: a, name: 'Hebammenpraxis A' },
				{ networkId: b, name: 'Familienzentrum B' }
			]);
		});
	});
	afterAll(() => database.close());

	it('a query without the tenant setting sees no rows', async () => {
		const orgs = await database.db.select().from(organisations);
		expect(orgs).toEqual([]);
		const nets = await database.db.select().from(networks);
		expect(nets).toEqual([]);
	});

	it('a query that forgets the where-clause sees only its own network', async () => {
		const orgs = await withTenant(database.db, a, (tx) => tx.select().from(organisations));
		expect(orgs.map((o) => o.name)).toEqual(['Hebammenpraxis A']);
	});

	it('a tenant cannot write rows into another network', async () => {
		await expect(
			withTenant(database.db, a, (tx) => tx.insert(organisations).values({ networkId: b, name: 'Eingeschleust' }))
		).rejects.toThrow();
		const all = await withSystem(database.db, (tx) => tx.select().from(organisations));
		expect(all.map((o) => o.name).sort()).toEqual(['Familienzentrum B', 'Hebammenpraxis A']);
	});

	it('every table with a network_id column has forced row-level security', async () => {
		const rows = await withSystem(database.db, async (tx) =>
			rowsOf<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
				await tx.execute(sql`
					select c.relname, c.relrowsecurity, c.relforcerowsecurity
					from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where n.nspname = 'public' and c.relkind = 'r'
					  and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'network_id' and not a.attisdropped)
					       or c.relname = 'networks')`)
			)
		);
		expect(rows.length).toBeGreaterThanOrEqual(5);
		for (const row of rows) {
			expect({ table: row.relname, rls: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({
				table: row.relname,
				rls: true,
				forced: true
			});
		}
	});

	it('unaccent and pg_trgm are available', async () => {
		const [row] = rowsOf<{ u: string; s: number }>(
			await database.db.execute(sql`select unaccent('Frühförderung') as u, similarity('hebame', 'hebamme') as s`)
		);
		expect(row?.u).toBe('Fruhforderung');
		expect(Number(row?.s)).toBeGreaterThan(0.4);
	});
});
