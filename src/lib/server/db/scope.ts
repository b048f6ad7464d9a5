import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client';

/**
 * Runs `fn` in a transaction as the tenant role with `app.network_id` set, so
 * row-level security limits every statement to this network.
 */
export function withTenant<T>(db: Db, networkId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		// One round trip: the tenant setting and SET LOCAL ROLE (the `role` setting) together.
		await tx.execute(sql`select set_config('app.network_id', ${networkId}, true), set_config('role', 'nfh_app', true)`);
		return fn(tx);
	});
}

/** Cross-tenant work (login, operator area, outbox worker, seeding). Use only where no tenant applies. */
export function withSystem<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select set_config('app.network_id', '', true), set_config('role', 'nfh_system', true)`);
		return fn(tx);
	});
}

/** Rows of a raw `execute` on either driver. */
export function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}
