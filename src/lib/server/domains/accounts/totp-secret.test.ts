import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { users } from '$lib/server/db/schema';
import { makeNetwork, makeUser, TEST_SECRETS } from '$tests/fixtures';
import { secretBox } from '../shared/crypto';
import { confirmTotpEnrolment } from './confirm-totp-enrolment';
import { createSession } from './create-session';
import { startTotpEnrolment } from './start-totp-enrolment';
import { totpFor } from './totp';
import { sealStoredTotpSecrets } from './totp-secret';
import { validateSession } from './validate-session';
import { verifySecondFactor } from './verify-second-factor';

const PLAIN = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const WRONG_KEY = secretBox('ein-falscher-schluessel-aus-einer-anderen-installation');

describe.each(TEST_DATABASE_KINDS)('TOTP secrets at rest on %s', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	const stored = async (userId: string) =>
		(await withSystem(database.db, (tx) => tx.select().from(users).where(eq(users.id, userId))))[0]!;
	const step = async (userId: string, now: Date) => {
		const { token } = await withSystem(database.db, (tx) => createSession(tx, userId, { now, hours: 1 }));
		return (await validateSession(database.db, token, now))!.sessionId;
	};
	const coordinator = async (opts: { totpSecret?: string; totpStored?: 'plain' | 'sealed' } = {}) => {
		const network = await makeNetwork(database.db);
		return (await makeUser(database.db, { ...opts, roles: [{ role: 'coordinator', networkId: network.id }] })).userId;
	};

	it('stores the secret of a new second factor encrypted, not as base32, and the login with its code works', async () => {
		const userId = await coordinator();
		const now = new Date('2026-11-23T09:00:00Z');
		const enrolment = await startTotpEnrolment(database.db, TEST_SECRETS, userId);
		const pending = (await stored(userId)).totpSecret!;
		expect(pending).toMatch(/^v1:/);
		expect(pending).not.toContain(enrolment.secret);
		// Shown again (page reloaded): the same secret, decrypted.
		expect((await startTotpEnrolment(database.db, TEST_SECRETS, userId)).secret).toBe(enrolment.secret);

		await confirmTotpEnrolment(
			database.db,
			TEST_SECRETS,
			{
				userId,
				sessionId: await step(userId, now),
				code: totpFor(enrolment.secret).generate({ timestamp: now.getTime() })
			},
			now
		);
		const row = await stored(userId);
		expect(row.totpEnabledAt).not.toBeNull();
		expect(row.totpSecret).toMatch(/^v1:/);
		expect(row.totpSecret).not.toContain(enrolment.secret);
		expect(row.totpSecret!.toUpperCase()).not.toContain(enrolment.secret.slice(0, 8));

		const later = new Date(now.getTime() + 60_000);
		const done = await verifySecondFactor(
			database.db,
			TEST_SECRETS,
			{
				userId,
				sessionId: await step(userId, later),
				code: totpFor(enrolment.secret).generate({ timestamp: later.getTime() })
			},
			later
		);
		expect((await validateSession(database.db, done.token, later))?.secondFactorPending).toBe(false);
	});

	it('encrypts plain secrets from before at start (once, idempotent); their codes keep working', async () => {
		const userId = await coordinator({ totpSecret: PLAIN, totpStored: 'plain' });
		expect((await stored(userId)).totpSecret).toBe(PLAIN);
		const first = await sealStoredTotpSecrets(database.db, TEST_SECRETS);
		expect(first.sealed).toBeGreaterThanOrEqual(1);
		const sealed = (await stored(userId)).totpSecret!;
		expect(sealed).toMatch(/^v1:/);
		expect(sealed).not.toContain(PLAIN);
		expect(await sealStoredTotpSecrets(database.db, TEST_SECRETS)).toEqual({ sealed: 0, unreadable: 0 });
		expect((await stored(userId)).totpSecret).toBe(sealed);

		const now = new Date('2026-11-23T10:00:00Z');
		await verifySecondFactor(
			database.db,
			TEST_SECRETS,
			{ userId, sessionId: await step(userId, now), code: totpFor(PLAIN).generate({ timestamp: now.getTime() }) },
			now
		);
		// No plain secret is left in the table.
		const all = await withSystem(database.db, (tx) => tx.select({ s: users.totpSecret }).from(users));
		expect(all.filter((r) => r.s && !r.s.startsWith('v1:'))).toEqual([]);
	});

	it('with another key: the person is told the code cannot be checked, the log says why, a recovery code still works', async () => {
		const userId = await coordinator();
		const now = new Date('2026-11-23T11:00:00Z');
		const enrolment = await startTotpEnrolment(database.db, TEST_SECRETS, userId);
		const { codes } = await confirmTotpEnrolment(
			database.db,
			TEST_SECRETS,
			{
				userId,
				sessionId: await step(userId, now),
				code: totpFor(enrolment.secret).generate({ timestamp: now.getTime() })
			},
			now
		);
		const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			expect((await sealStoredTotpSecrets(database.db, WRONG_KEY)).unreadable).toBeGreaterThanOrEqual(1);
			const later = new Date(now.getTime() + 60_000);
			const sessionId = await step(userId, later);
			for (let i = 0; i < 6; i++)
				await expect(
					verifySecondFactor(
						database.db,
						WRONG_KEY,
						{ userId, sessionId, code: totpFor(enrolment.secret).generate({ timestamp: later.getTime() }) },
						later
					)
				).rejects.toMatchObject({ code: 'second_factor_unavailable' });
			expect(errors.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(
				new RegExp(`TOTP-Geheimnis des Kontos ${userId}.*nicht entschlüsseln.*APP_SECRET`)
			);
			// Not counted as failed attempts (no lock), and the stored value is left alone.
			expect((await stored(userId)).failedLogins).toBe(0);
			expect((await stored(userId)).totpSecret).toMatch(/^v1:/);
			const done = await verifySecondFactor(
				database.db,
				WRONG_KEY,
				{ userId, sessionId, code: codes[0]!.replace('-', '') },
				later
			);
			expect((await validateSession(database.db, done.token, later))?.secondFactorPending).toBe(false);
		} finally {
			errors.mockRestore();
		}
	});

	it('replaces a pending (not yet confirmed) secret that the key cannot open', async () => {
		const userId = await coordinator();
		const first = await startTotpEnrolment(database.db, WRONG_KEY, userId);
		const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		try {
			const again = await startTotpEnrolment(database.db, TEST_SECRETS, userId);
			expect(again.secret).not.toBe(first.secret);
			expect((await startTotpEnrolment(database.db, TEST_SECRETS, userId)).secret).toBe(again.secret);
		} finally {
			errors.mockRestore();
		}
	});
});
