import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';

export type TenantForeignKey = { name: string; source: string; target: string; columns: string[]; ondelete: string };

/**
 * Foreign keys between two tables that both have network_id, read from the catalog (future tables
 * included): constraint name, the two tables, the key's columns in key order, and the ON DELETE action.
 */
export async function tenantForeignKeys(db: Db): Promise<TenantForeignKey[]> {
	return withSystem(db, async (tx) =>
		rowsOf<TenantForeignKey>(
			await tx.execute(sql`
				select con.conname as name, src.relname as source, dst.relname as target, con.confdeltype::text as ondelete,
				       array(select a.attname::text from unnest(con.conkey) with ordinality k(num, ord)
				             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.ord) as columns
				from pg_constraint con
				join pg_class src on src.oid = con.conrelid
				join pg_class dst on dst.oid = con.confrelid
				join pg_namespace n on n.oid = src.relnamespace
				where con.contype = 'f' and n.nspname = 'public'
				  and exists (select 1 from pg_attribute a where a.attrelid = con.conrelid and a.attname = 'network_id' and not a.attisdropped)
				  and exists (select 1 from pg_attribute a where a.attrelid = con.confrelid and a.attname = 'network_id' and not a.attisdropped)
				order by src.relname, dst.relname, con.conname`)
		)
	);
}
