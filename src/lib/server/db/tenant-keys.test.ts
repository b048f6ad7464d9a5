import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from './testing';
import type { Database } from './client';
import { rowsOf, withSystem } from './scope';

describe.each(TEST_DATABASE_KINDS)('foreign keys between tenant tables on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('every foreign key from one tenant table to another includes network_id, so no row can point into another network', async () => {
		const rows = await withSystem(database.db, async (tx) =>
			rowsOf<{ name: string; source: string; target: string; columns: string }>(
				await tx.execute(sql`
					select con.conname as name, src.relname as source, dst.relname as target,
					       (select string_agg(a.attname, ',' order by k.ord) from unnest(con.conkey) with ordinality k(num, ord)
					          join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num) as columns
					from pg_constraint con
					join pg_class src on src.oid = con.conrelid
					join pg_class dst on dst.oid = con.confrelid
					join pg_namespace n on n.oid = src.relnamespace
					where con.contype = 'f' and n.nspname = 'public'
					  and exists (select 1 from pg_attribute a where a.attrelid = con.conrelid and a.attname = 'network_id' and not a.attisdropped)
					  and exists (select 1 from pg_attribute a where a.attrelid = con.confrelid and a.attname = 'network_id' and not a.attisdropped)
					  and not exists (
					    select 1 from unnest(con.conkey) k(num) join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num
					    where a.attname = 'network_id')
					order by 2, 1`)
			)
		);
		expect(rows.map((r) => `${r.source}(${r.columns}) → ${r.target}`)).toEqual([]);
	});
});
