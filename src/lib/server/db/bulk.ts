import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from './client';
import { rowsOf } from './scope';

/**
 * Inserts many rows with one parameter: the rows travel as one JSON document and
 * `jsonb_to_recordset` turns them into a record set. Far cheaper than thousands of bound
 * parameters for big imports. `columns` maps column name → PostgreSQL type; row keys are the
 * column names. `tail` can add ON CONFLICT … / RETURNING ….
 */
export async function insertRecordset<R = Record<string, unknown>>(
	tx: Tx,
	table: string,
	columns: Record<string, string>,
	rows: Record<string, unknown>[],
	tail: SQL = sql``
): Promise<R[]> {
	if (rows.length === 0) return [];
	const names = Object.keys(columns);
	for (const n of names)
		if (!/^[a-z_]+$/.test(n) || !/^[a-z0-9_ [\]]+$/.test(columns[n]!)) throw new Error(`bad column ${n}`);
	if (!/^[a-z_]+$/.test(table)) throw new Error(`bad table ${table}`);
	const list = sql.raw(names.join(', '));
	const definition = sql.raw(names.map((n) => `${n} ${columns[n]}`).join(', '));
	const result = await tx.execute(
		sql`insert into ${sql.raw(table)} (${list}) select ${list} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${definition}) ${tail}`
	);
	return rowsOf<R>(result);
}
