import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db, Tx } from '$lib/server/db/client';
import { withTenant } from '$lib/server/db/scope';
import type { Actor } from '$lib/server/domains/shared/actor';
import { AppError } from '$lib/server/errors';

export type NetworkRef = { id: string; slug: string; name: string };

/**
 * What every tenant use case gets: the database, the network it works in, and who acts; `tx`
 * when it runs inside `readTogether`.
 */
export type TenantContext = { db: Db; network: NetworkRef; actor: Actor | null; now?: Date; tx?: Tx };

/** Runs tenant work in one transaction with RLS keyed on this network (the shared one of `readTogether`). */
export function tenantTx<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return ctx.tx ? fn(ctx.tx) : withTenant(ctx.db, ctx.network.id, fn);
}

/**
 * Several reads of one page in one transaction: one BEGIN, one tenant setting, one COMMIT
 * instead of one each (on an uncached search page that was 6 of 13 statements, issue 17).
 * `fn` gets the transaction; pass `{ ...ctx, tx }` to the use cases. Reads only: a use case
 * that writes keeps its own transaction, so that an error rolls back its work alone. Inside `fn`,
 * await one use case before the next (the transaction is one connection; node-postgres refuses
 * overlapping queries on one client from version 9), and open no transaction of its own: PGlite
 * runs one transaction at a time, and would wait for this one for ever.
 */
export function readTogether<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return withTenant(ctx.db, ctx.network.id, fn);
}

/** The one scoping helper: `network_id = ctx.network.id` plus the caller's conditions. */
export function scoped(table: { networkId: PgColumn }, ctx: TenantContext, ...conditions: (SQL | undefined)[]): SQL {
	return and(eq(table.networkId, ctx.network.id), ...conditions)!;
}

/**
 * Refuses ids that are not rows of this network (another network's id, a row deleted meanwhile,
 * no UUID at all) with a field error the form shows next to `field`. Empty values pass. The
 * composite foreign keys refuse the same in the database; this turns it into a message.
 */
export async function requireOwnIds(
	tx: Tx,
	ctx: TenantContext,
	table: PgTable & { id: PgColumn; networkId: PgColumn },
	ids: readonly (string | null | undefined)[],
	field: string
): Promise<void> {
	const wanted = [...new Set(ids.filter((id): id is string => !!id))];
	if (wanted.length === 0) return;
	const refuse = new AppError('validation', { field, message: 'error.notInNetwork' });
	if (wanted.some((id) => !z.uuid().safeParse(id).success)) throw refuse;
	const found = await tx
		.select({ id: table.id })
		.from(table)
		.where(scoped(table, ctx, inArray(table.id, wanted)));
	if (found.length !== wanted.length) throw refuse;
}
