import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { makeNetwork } from '$tests/fixtures';
import { readTogether, tenantTx, type TenantContext } from './context';

describe.each(TEST_DATABASE_KINDS)('readTogether (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const transactionOf = (ctx: TenantContext) =>
		tenantTx(ctx, async (tx) => {
			const [row] = rowsOf<{ id: string; network: string }>(
				await tx.execute(sql`select txid_current()::text as id, current_setting('app.network_id') as network`)
			);
			return row!;
		});

	it('runs the use cases given its transaction in that one, with the network set; others get their own', async () => {
		const network = await makeNetwork(database.db);
		const ctx: TenantContext = { db: database.db, network, actor: null };
		const [first, second] = await readTogether(ctx, async (tx) => [
			await transactionOf({ ...ctx, tx }),
			await transactionOf({ ...ctx, tx })
		]);
		expect(first).toEqual(second);
		expect(first!.network).toBe(network.id);
		const alone = await transactionOf(ctx);
		expect(alone.id).not.toBe(first!.id);
		expect(alone.network).toBe(network.id);
	});
});
