import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from './testing';
import type { Database } from './client';
import { tenantForeignKeys } from '$tests/tenant-keys';

describe.each(TEST_DATABASE_KINDS)('foreign keys between tenant tables on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('every foreign key from one tenant table to another includes network_id, so no row can point into another network', async () => {
		const rows = (await tenantForeignKeys(database.db))
			.filter((k) => !k.columns.includes('network_id'))
			.map((k) => ({ ...k, columns: k.columns.join(',') }));
		expect(rows.map((r) => `${r.source}(${r.columns}) → ${r.target}`)).toEqual([]);
	});
});
