import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { makeNetwork, makeUser } from '$tests/fixtures';
import { confirmTotpEnrolment, startTotpEnrolment, totpFor, verifySecondFactor } from './second-factor';
import { createSession, validateSession } from './sessions';

describe.each(TEST_DATABASE_KINDS)('second factor on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('enrols with a QR code, then accepts TOTP codes and each recovery code once', async () => {
		const network = await makeNetwork(database.db);
		const actor = await makeUser(database.db, { password: 'passwort-passwort', roles: [{ role: 'coordinator', networkId: network.id }] });
		const { token } = await withSystem(database.db, (tx) => createSession(tx, actor.userId, { now: new Date(), hours: 1 }));
		let session = (await validateSession(database.db, token, new Date()))!;
		expect(session.secondFactorEnrolmentNeeded).toBe(true);

		const enrolment = await startTotpEnrolment(database.db, actor.userId);
		expect(enrolment.qrSvg).toContain('<svg');
		expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\//);
		await expect(confirmTotpEnrolment(database.db, { userId: actor.userId, sessionId: session.sessionId, code: '000000' })).rejects.toMatchObject({ code: 'invalid_code' });
		const codes = await confirmTotpEnrolment(database.db, { userId: actor.userId, sessionId: session.sessionId, code: totpFor(enrolment.secret).generate() });
		expect(codes).toHaveLength(10);
		session = (await validateSession(database.db, token, new Date()))!;
		expect(session.secondFactorPending).toBe(false);

		const second = await withSystem(database.db, (tx) => createSession(tx, actor.userId, { now: new Date(), hours: 1 }));
		const s2 = (await validateSession(database.db, second.token, new Date()))!;
		expect(s2.secondFactorPending).toBe(true);
		const recovery = codes[0]!.replace('-', '');
		await verifySecondFactor(database.db, { userId: actor.userId, sessionId: s2.sessionId, code: recovery });
		expect((await validateSession(database.db, second.token, new Date()))!.secondFactorPending).toBe(false);
		await expect(verifySecondFactor(database.db, { userId: actor.userId, sessionId: s2.sessionId, code: recovery })).rejects.toMatchObject({ code: 'invalid_code' });
		await verifySecondFactor(database.db, { userId: actor.userId, sessionId: s2.sessionId, code: totpFor(enrolment.secret).generate() });
	});
});
