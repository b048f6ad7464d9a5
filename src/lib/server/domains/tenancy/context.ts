import { and, eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '$lib/server/db/client';
import { withTenant } from '$lib/server/db/scope';
import type { Actor } from '$lib/server/domains/accounts/actor';

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
