import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Tx } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import { scoped, type TenantContext } from './context';

/** A tenant table whose rows carry an edit counter for optimistic locking. */
export type VersionedTable = PgTable & { id: PgColumn; networkId: PgColumn; version: PgColumn };

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
	const set = { ...values, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>;
	const [after] = (await tx
		.update(table)
		.set(set)
		.where(scoped(table, ctx, eq(table.id, row.id), eq(table.version, row.version)))
		.returning()) as T['$inferSelect'][];
	if (!after) throw new AppError('conflict', details);
	return after;
}
