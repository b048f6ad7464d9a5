import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import { scoped, type TenantContext } from './context';

/** A tenant table whose rows carry an edit counter for optimistic locking. */
export type VersionedTable = PgTable & { id: PgColumn; networkId: PgColumn; version: PgColumn };

/** A table with an edit counter but without network_id (the network's own row). */
export type VersionedRowTable = PgTable & { id: PgColumn; version: PgColumn };

async function updateWhere<T extends VersionedRowTable>(
	tx: Tx,
	table: T,
	where: SQL | undefined,
	values: PgUpdateSetSource<T>,
	details?: Record<string, unknown>
): Promise<T['$inferSelect']> {
	const set = { ...values, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>;
	const [after] = (await tx.update(table).set(set).where(where).returning()) as T['$inferSelect'][];
	if (!after) throw new AppError('conflict', details);
	return after;
}

/**
 * Optimistic locking, the one way: updates the row only if it still has the version the form
 * was loaded with, counts the version up, and returns the row as it is now. Someone else's save
 * in between raises `AppError('conflict', details)`, which the form shows as "changed meanwhile".
 */
export async function updateVersioned<T extends VersionedTable>(
	tx: Tx,
	ctx: TenantContext,
	table: T,
	row: { id: string; version: number },
	values: PgUpdateSetSource<T>,
	details?: Record<string, unknown>
): Promise<T['$inferSelect']> {
	const where = scoped(table, ctx, eq(table.id, row.id), eq(table.version, row.version));
	return updateWhere(tx, table, where, values, details);
}

/** `updateVersioned` for a row that is no tenant row (the network itself): matched by id and version only. */
export async function updateVersionedRow<T extends VersionedRowTable>(
	tx: Tx,
	table: T,
	row: { id: string; version: number },
	values: PgUpdateSetSource<T>,
	details?: Record<string, unknown>
): Promise<T['$inferSelect']> {
	return updateWhere(tx, table, and(eq(table.id, row.id), eq(table.version, row.version)), values, details);
}
