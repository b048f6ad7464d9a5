import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db, Tx } from '$lib/server/db/client';
import { withTenant } from '$lib/server/db/scope';
import type { Actor } from '$lib/server/domains/shared/actor';
import { AppError } from '$lib/server/errors';

export type NetworkRef = { id: string; slug: string; name: string };

/** What every tenant use case gets: the database, the network it works in, and who acts. */
export type TenantContext = { db: Db; network: NetworkRef; actor: Actor | null; now?: Date };

/** Runs tenant work in one transaction with RLS keyed on this network. */
export function tenantTx<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
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
