import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { makeNetwork, makeUser } from '$tests/fixtures';
import { FREE_PASSWORD_ATTEMPTS, logIn } from './log-in';

const MAX_FAILED_LOGINS = FREE_PASSWORD_ATTEMPTS + 1;
import { validateSession } from './validate-session';

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
		await makeUser(database.db, {
			email: 'mitglied@example.org',
			password,
			roles: [{ role: 'member', networkId: network.id }]
		});
		const result = await logIn(
			database.db,
			{ email: 'Mitglied@Example.org', password, clientAddress: '10.0.0.1' },
			opts
		);
		expect(result.next).toBe('done');
		const session = await validateSession(database.db, result.token, new Date());
		expect(session?.actor.email).toBe('mitglied@example.org');
		expect(session?.secondFactorPending).toBe(false);
	});

	it('asks a coordinator for the second factor, or for its set-up', async () => {
		const network = await makeNetwork(database.db);
		await makeUser(database.db, {
			email: 'koord@example.org',
			password,
			roles: [{ role: 'coordinator', networkId: network.id }]
		});
		const first = await logIn(database.db, { email: 'koord@example.org', password, clientAddress: '10.0.0.2' }, opts);
		expect(first.next).toBe('enrol_second_factor');
		const session = await validateSession(database.db, first.token, new Date());
		expect(session?.secondFactorPending).toBe(true);
		expect(session?.secondFactorEnrolmentNeeded).toBe(true);
	});

	it('rejects a wrong password and an unknown address with the same error', async () => {
		await makeUser(database.db, { email: 'falsch@example.org', password });
		await expect(
			logIn(database.db, { email: 'falsch@example.org', password: 'nein', clientAddress: '10.0.0.3' }, opts)
		).rejects.toMatchObject({ code: 'invalid_credentials' });
		await expect(
			logIn(database.db, { email: 'niemand@example.org', password: 'nein', clientAddress: '10.0.0.3' }, opts)
		).rejects.toMatchObject({ code: 'invalid_credentials' });
	});

	it('slows down repeated failures of one account from one address with a growing delay, but not the same account elsewhere', async () => {
		await makeUser(database.db, { email: 'sperre@example.org', password });
		const now = new Date('2026-11-23T10:00:00Z');
		const at = (minutes: number) => ({ ...opts, now: new Date(now.getTime() + minutes * 60_000) });
		const attempt = (pw: string, clientAddress: string, minutes = 0) =>
			logIn(database.db, { email: 'sperre@example.org', password: pw, clientAddress }, at(minutes)).then(
				(r) => (r.token ? 'ok' : '?'),
				(e) => e.code
			);
		for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect(await attempt('falsch', '10.0.0.4')).toBe('invalid_credentials');
		// From this address even the right password waits now, first one minute …
		expect(await attempt(password, '10.0.0.4')).toBe('login_delayed');
		// … while the real person at another address gets in: a stranger cannot lock the account.
		expect(await attempt(password, '10.0.0.40')).toBe('ok');
		expect(await attempt('falsch', '10.0.0.4', 1.5)).toBe('invalid_credentials');
		// … then two minutes after the sixth failure.
		expect(await attempt(password, '10.0.0.4', 3)).toBe('login_delayed');
		expect(await attempt(password, '10.0.0.4', 3.6)).toBe('ok');
		// The right password forgets the failures.
		expect(await attempt('falsch', '10.0.0.4', 4)).toBe('invalid_credentials');
		expect(await attempt(password, '10.0.0.4', 4)).toBe('ok');
	});

	it('answers an unknown and an existing address alike in every state', async () => {
		await makeUser(database.db, { email: 'vorhanden@example.org', password });
		const now = new Date('2026-11-23T11:00:00Z');
		const answers = async (email: string) => {
			const codes = [];
			for (let i = 0; i < MAX_FAILED_LOGINS + 2; i++) {
				codes.push(
					await logIn(database.db, { email, password: 'falsch', clientAddress: '10.0.0.6' }, { ...opts, now }).then(
						() => 'ok',
						(e) => e.code
					)
				);
			}
			return codes;
		};
		const existing = await answers('vorhanden@example.org');
		expect(existing).toEqual(await answers('unbekannt@example.org'));
		expect(existing.at(-1)).toBe('login_delayed');
	});

	it('checks at most five of twenty parallel wrong passwords for one account and address', async () => {
		await makeUser(database.db, { email: 'parallel@example.org', password });
		const now = new Date('2026-11-23T13:00:00Z');
		const codes = await Promise.all(
			Array.from({ length: 20 }, () =>
				logIn(
					database.db,
					{ email: 'parallel@example.org', password: 'falsch', clientAddress: '10.0.0.8' },
					{ ...opts, now }
				).catch((e) => e.code)
			)
		);
		expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(MAX_FAILED_LOGINS);
		expect(codes.filter((c) => c === 'login_delayed')).toHaveLength(20 - MAX_FAILED_LOGINS);
	});

	it('throttles many attempts from one address', async () => {
		const now = new Date('2026-11-23T12:00:00Z');
		const attempts = [];
		for (let i = 0; i < 31; i++) {
			attempts.push(
				await logIn(
					database.db,
					{ email: `x${i}@example.org`, password: 'nein', clientAddress: '10.9.9.9' },
					{ ...opts, now }
				).catch((e) => e.code)
			);
		}
		expect(attempts.slice(0, 30).every((c) => c === 'invalid_credentials')).toBe(true);
		expect(attempts[30]).toBe('rate_limited');
	});

	it('refuses a deactivated account', async () => {
		const { userId } = await makeUser(database.db, { email: 'weg@example.org', password });
		const { withSystem } = await import('$lib/server/db/scope');
		const { users } = await import('$lib/server/db/schema');
		const { eq } = await import('drizzle-orm');
		await withSystem(database.db, (tx) =>
			tx.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, userId))
		);
		await expect(
			logIn(database.db, { email: 'weg@example.org', password, clientAddress: '10.0.0.5' }, opts)
		).rejects.toMatchObject({ code: 'invalid_credentials' });
	});
});
