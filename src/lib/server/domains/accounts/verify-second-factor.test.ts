import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { makeNetwork, makeUser, TEST_SECRETS } from '$tests/fixtures';
import { confirmTotpEnrolment } from './confirm-totp-enrolment';
import { startTotpEnrolment } from './start-totp-enrolment';
import { totpFor } from './totp';
import { verifySecondFactor } from './verify-second-factor';
import { createSession } from './create-session';
import { validateSession } from './validate-session';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(TEST_DATABASE_KINDS)('second factor on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('enrols with a QR code, then accepts TOTP codes and each recovery code once', async () => {
		const network = await makeNetwork(database.db);
		const actor = await makeUser(database.db, {
			password: 'passwort-passwort',
			roles: [{ role: 'coordinator', networkId: network.id }]
		});
		const { token } = await withSystem(database.db, (tx) =>
			createSession(tx, actor.userId, { now: new Date(), hours: 1 })
		);
		let session = (await validateSession(database.db, token, new Date()))!;
		expect(session.secondFactorEnrolmentNeeded).toBe(true);

		const enrolment = await startTotpEnrolment(database.db, TEST_SECRETS, actor.userId);
		expect(enrolment.qrSvg).toContain('<svg');
		expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\//);
		await expect(
			confirmTotpEnrolment(database.db, TEST_SECRETS, {
				userId: actor.userId,
				sessionId: session.sessionId,
				code: '000000'
			})
		).rejects.toMatchObject({ code: 'invalid_code' });
		const enrolled = await confirmTotpEnrolment(database.db, TEST_SECRETS, {
			userId: actor.userId,
			sessionId: session.sessionId,
			code: totpFor(enrolment.secret).generate()
		});
		const codes = enrolled.codes;
		expect(codes).toHaveLength(10);
		expect(await validateSession(database.db, token, new Date())).toBeNull(); // the set-up step's token ends
		session = (await validateSession(database.db, enrolled.token, new Date()))!;
		expect(session.secondFactorPending).toBe(false);

		const second = await withSystem(database.db, (tx) =>
			createSession(tx, actor.userId, { now: new Date(), hours: 1 })
		);
		const s2 = (await validateSession(database.db, second.token, new Date()))!;
		expect(s2.secondFactorPending).toBe(true);
		const recovery = codes[0]!.replace('-', '');
		const done = await verifySecondFactor(database.db, TEST_SECRETS, {
			userId: actor.userId,
			sessionId: s2.sessionId,
			code: recovery
		});
		expect((await validateSession(database.db, done.token, new Date()))!.secondFactorPending).toBe(false);
		const third = await withSystem(database.db, (tx) => createSession(tx, actor.userId, { now: new Date(), hours: 1 }));
		const s3 = (await validateSession(database.db, third.token, new Date()))!;
		await expect(
			verifySecondFactor(database.db, TEST_SECRETS, { userId: actor.userId, sessionId: s3.sessionId, code: recovery })
		).rejects.toMatchObject({ code: 'invalid_code' });
		// The next time step's code (the enrolment used the current one).
		await verifySecondFactor(database.db, TEST_SECRETS, {
			userId: actor.userId,
			sessionId: s3.sessionId,
			code: totpFor(enrolment.secret).generate({ timestamp: Date.now() + 30_000 })
		});
	});

	async function coordinatorWithTotp() {
		const network = await makeNetwork(database.db);
		const actor = await makeUser(database.db, {
			password: 'passwort-passwort',
			roles: [{ role: 'coordinator', networkId: network.id }],
			totpSecret: SECRET
		});
		return actor.userId;
	}
	async function passwordStep(userId: string, now = new Date()) {
		const { token } = await withSystem(database.db, (tx) => createSession(tx, userId, { now, hours: 1 }));
		return { token, sessionId: (await validateSession(database.db, token, now))!.sessionId };
	}

	it("gives a new session token when the second factor succeeds; the password step's token is worthless afterwards", async () => {
		const userId = await coordinatorWithTotp();
		const step = await passwordStep(userId);
		const done = await verifySecondFactor(database.db, TEST_SECRETS, {
			userId,
			sessionId: step.sessionId,
			code: totpFor(SECRET).generate()
		});
		expect(done.token).not.toBe(step.token);
		expect(await validateSession(database.db, step.token, new Date())).toBeNull();
		expect((await validateSession(database.db, done.token, new Date()))?.secondFactorPending).toBe(false);
	});

	it('accepts a TOTP code only once, also when it is sent twice at the same time', async () => {
		const userId = await coordinatorWithTotp();
		const now = new Date('2026-11-23T10:00:05Z');
		const code = totpFor(SECRET).generate({ timestamp: now.getTime() });
		const first = await passwordStep(userId, now);
		await verifySecondFactor(database.db, TEST_SECRETS, { userId, sessionId: first.sessionId, code }, now);
		// Seven seconds later, a second session with the same code: refused.
		const later = new Date(now.getTime() + 7_000);
		const second = await passwordStep(userId, later);
		await expect(
			verifySecondFactor(database.db, TEST_SECRETS, { userId, sessionId: second.sessionId, code }, later)
		).rejects.toMatchObject({ code: 'invalid_code' });
		// An older code within the drift window is refused too; the next step's code works.
		await expect(
			verifySecondFactor(
				database.db,
				TEST_SECRETS,
				{ userId, sessionId: second.sessionId, code: totpFor(SECRET).generate({ timestamp: now.getTime() - 30_000 }) },
				later
			)
		).rejects.toMatchObject({ code: 'invalid_code' });
		const next = new Date(now.getTime() + 30_000);
		const fresh = totpFor(SECRET).generate({ timestamp: next.getTime() });
		const a = await passwordStep(userId, next);
		const b = await passwordStep(userId, next);
		const results = await Promise.all(
			[a, b].map((s) =>
				verifySecondFactor(database.db, TEST_SECRETS, { userId, sessionId: s.sessionId, code: fresh }, next).then(
					() => 'ok',
					(e) => e.code
				)
			)
		);
		expect(results.sort()).toEqual(['invalid_code', 'ok']);
	});

	it('checks at most five of twenty parallel wrong codes, then the second step is locked', async () => {
		const userId = await coordinatorWithTotp();
		const now = new Date('2026-11-23T12:00:00Z');
		const step = await passwordStep(userId, now);
		const right = totpFor(SECRET).generate({ timestamp: now.getTime() });
		const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
		const results = await Promise.all(
			Array.from({ length: 20 }, () =>
				verifySecondFactor(database.db, TEST_SECRETS, { userId, sessionId: step.sessionId, code: wrong }, now).then(
					() => 'ok',
					(e) => e.code
				)
			)
		);
		expect(results.filter((r) => r === 'invalid_code').length).toBeLessThanOrEqual(5);
		expect(results.filter((r) => r === 'account_locked').length).toBeGreaterThanOrEqual(15);
		await expect(
			verifySecondFactor(database.db, TEST_SECRETS, { userId, sessionId: step.sessionId, code: right }, now)
		).rejects.toMatchObject({ code: 'account_locked' });
		const later = new Date(now.getTime() + 16 * 60_000);
		await verifySecondFactor(
			database.db,
			TEST_SECRETS,
			{ userId, sessionId: step.sessionId, code: totpFor(SECRET).generate({ timestamp: later.getTime() }) },
			later
		);
	});
});
