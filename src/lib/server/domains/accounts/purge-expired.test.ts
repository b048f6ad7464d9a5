import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { sessions } from '$lib/server/db/schema';
import { makeUser } from '$tests/fixtures';
import { createSession } from './create-session';
import { purgeExpired } from './purge-expired';

describe.each(TEST_DATABASE_KINDS)('purgeExpired on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('removes expired sessions and keeps live ones', async () => {
		const { userId } = await makeUser(database.db, {});
		const now = new Date();
		await withSystem(database.db, async (tx) => {
			await createSession(tx, userId, { now: new Date(now.getTime() - 48 * 3_600_000), hours: 12 });
			await createSession(tx, userId, { now, hours: 12 });
		});
		const result = await purgeExpired(database.db, now);
		expect(result.sessions).toBe(1);
		const left = await withSystem(database.db, (tx) => tx.select().from(sessions));
		expect(left).toHaveLength(1);
	});
});
