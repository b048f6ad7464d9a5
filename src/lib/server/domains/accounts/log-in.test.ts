import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { makeNetwork, makeUser } from '$tests/fixtures';
import { logIn, MAX_FAILED_LOGINS } from './log-in';
import { validateSession } from './sessions';

describe.each(TEST_DATABASE_KINDS)('logIn on %s', (kind) => {
	let database: Database;
	const opts = { sessionHours: 12 };
	const password = 'richtig-langes-passwort';

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('creates a session for the right password; a member needs no second factor', async () => {
		const network = await makeNetwork(database.db);
		await makeUser(database.db, { email: 'mitglied@example.org', password, roles: [{ role: 'member', networkId: network.id }] });
		const result = await logIn(database.db, { email: 'Mitglied@Example.org', password, clientAddress: '10.0.0.1' }, opts);
		expect(result.next).toBe('done');
		const session = await validateSession(database.db, result.token, new Date());
		expect(session?.actor.email).toBe('mitglied@example.org');
		expect(session?.secondFactorPending).toBe(false);
	});

	it('asks a coordinator for the second factor, or for its set-up', async () => {
		const network = await makeNetwork(database.db);
		await makeUser(database.db, { email: 'koord@example.org', password, roles: [{ role: 'coordinator', networkId: network.id }] });
		const first = await logIn(database.db, { email: 'koord@example.org', password, clientAddress: '10.0.0.2' }, opts);
		expect(first.next).toBe('enrol_second_factor');
		const session = await validateSession(database.db, first.token, new Date());
		expect(session?.secondFactorPending).toBe(true);
		expect(session?.secondFactorEnrolmentNeeded).toBe(true);
	});

	it('rejects a wrong password and an unknown address with the same error', async () => {
		await makeUser(database.db, { email: 'falsch@example.org', password });
		await expect(logIn(database.db, { email: 'falsch@example.org', password: 'nein', clientAddress: '10.0.0.3' }, opts)).rejects.toMatchObject({ code: 'invalid_credentials' });
		await expect(logIn(database.db, { email: 'niemand@example.org', password: 'nein', clientAddress: '10.0.0.3' }, opts)).rejects.toMatchObject({ code: 'invalid_credentials' });
	});

	it('locks the account after repeated failures, also for the right password, until the lock expires', async () => {
		await makeUser(database.db, { email: 'sperre@example.org', password });
		const now = new Date('2026-11-23T10:00:00Z');
		for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
			await expect(logIn(database.db, { email: 'sperre@example.org', password: 'falsch', clientAddress: '10.0.0.4' }, { ...opts, now })).rejects.toMatchObject({ code: 'invalid_credentials' });
		}
		await expect(logIn(database.db, { email: 'sperre@example.org', password: 'falsch', clientAddress: '10.0.0.4' }, { ...opts, now })).rejects.toMatchObject({ code: 'account_locked' });
		await expect(logIn(database.db, { email: 'sperre@example.org', password, clientAddress: '10.0.0.4' }, { ...opts, now })).rejects.toMatchObject({ code: 'account_locked' });
		const later = new Date(now.getTime() + 16 * 60_000);
		const result = await logIn(database.db, { email: 'sperre@example.org', password, clientAddress: '10.0.0.4' }, { ...opts, now: later });
		expect(result.token).toBeTruthy();
	});

	it('throttles many attempts from one address', async () => {
		const now = new Date('2026-11-23T12:00:00Z');
		const attempts = [];
		for (let i = 0; i < 31; i++) {
			attempts.push(await logIn(database.db, { email: `x${i}@example.org`, password: 'nein', clientAddress: '10.9.9.9' }, { ...opts, now }).catch((e) => e.code));
		}
		expect(attempts.slice(0, 30).every((c) => c === 'invalid_credentials')).toBe(true);
		expect(attempts[30]).toBe('rate_limited');
	});

	it('refuses a deactivated account', async () => {
		const { userId } = await makeUser(database.db, { email: 'weg@example.org', password });
		const { withSystem } = await import('$lib/server/db/scope');
		const { users } = await import('$lib/server/db/schema');
		const { eq } = await import('drizzle-orm');
		await withSystem(database.db, (tx) => tx.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, userId)));
		await expect(logIn(database.db, { email: 'weg@example.org', password, clientAddress: '10.0.0.5' }, opts)).rejects.toMatchObject({ code: 'invalid_credentials' });
	});
});
