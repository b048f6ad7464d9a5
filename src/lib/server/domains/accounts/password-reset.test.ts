import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { outbox } from '$lib/server/db/schema';
import { makeUser } from '$tests/fixtures';
import { linkIn } from '$tests/smtp';
import { requestPasswordReset } from './request-password-reset';
import { setPasswordWithToken } from './set-password-with-token';
import { logIn } from './log-in';

describe.each(TEST_DATABASE_KINDS)('password reset on %s', (kind) => {
	let database: Database;
	const baseUrl = 'http://localhost:3000';

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	async function resetLinkFor(email: string) {
		const rows = await withSystem(database.db, (tx) => tx.select().from(outbox).where(eq(outbox.toAddress, email)));
		const mail = rows.find((r) => r.template === 'password_reset');
		if (!mail) throw new Error('no reset mail');
		return linkIn(mail.textBody, '/passwort-zuruecksetzen/').split('/').pop()!;
	}

	it('mails a single-use link that sets a working new password', async () => {
		await makeUser(database.db, { email: 'reset@example.org', password: 'altes-passwort-123' });
		await requestPasswordReset(database.db, { email: 'reset@example.org', clientAddress: '10.1.0.1' }, { baseUrl });
		const token = await resetLinkFor('reset@example.org');
		await setPasswordWithToken(database.db, { token, purpose: 'password_reset', password: 'neues-passwort-456' }, { sessionHours: 1 });
		await expect(logIn(database.db, { email: 'reset@example.org', password: 'altes-passwort-123', clientAddress: '10.1.0.1' }, { sessionHours: 1 })).rejects.toMatchObject({ code: 'invalid_credentials' });
		expect((await logIn(database.db, { email: 'reset@example.org', password: 'neues-passwort-456', clientAddress: '10.1.0.1' }, { sessionHours: 1 })).token).toBeTruthy();
		await expect(setPasswordWithToken(database.db, { token, purpose: 'password_reset', password: 'drittes-passwort-789' }, { sessionHours: 1 })).rejects.toMatchObject({ code: 'invalid_token' });
	});

	it('refuses an expired link', async () => {
		await makeUser(database.db, { email: 'alt@example.org', password: 'altes-passwort-123' });
		const past = new Date(Date.now() - 3 * 3_600_000);
		await requestPasswordReset(database.db, { email: 'alt@example.org', clientAddress: '10.1.0.2' }, { baseUrl, now: past });
		const token = await resetLinkFor('alt@example.org');
		await expect(setPasswordWithToken(database.db, { token, purpose: 'password_reset', password: 'neues-passwort-456' }, { sessionHours: 1 })).rejects.toMatchObject({ code: 'invalid_token' });
	});

	it('answers the same for unknown addresses and writes no mail', async () => {
		await requestPasswordReset(database.db, { email: 'unbekannt@example.org', clientAddress: '10.1.0.3' }, { baseUrl });
		const rows = await withSystem(database.db, (tx) => tx.select().from(outbox).where(eq(outbox.toAddress, 'unbekannt@example.org')));
		expect(rows).toHaveLength(0);
	});
});
