import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { authTokens, outbox } from '$lib/server/db/schema';
import { makeUser } from '$tests/fixtures';
import { linkIn } from '$tests/smtp';
import { requestPasswordReset } from './request-password-reset';
import { setPasswordWithToken } from './set-password-with-token';
import { logIn } from './log-in';
import { describeToken } from './describe-token';
import { sha256Hex } from '../shared/crypto';

describe.each(TEST_DATABASE_KINDS)('password reset on %s', (kind) => {
	let database: Database;
	const baseUrl = 'http://localhost:3000';

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	async function resetLinksFor(email: string) {
		const rows = await withSystem(database.db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(asc(outbox.createdAt))
		);
		return rows
			.filter((r) => r.template === 'password_reset')
			.map((mail) => linkIn(mail.textBody, '/passwort-zuruecksetzen/').split('/').pop()!);
	}
	async function resetLinkFor(email: string) {
		const [token] = await resetLinksFor(email);
		if (!token) throw new Error('no reset mail');
		return token;
	}

	it('mails a single-use link that sets a working new password', async () => {
		await makeUser(database.db, { email: 'reset@example.org', password: 'altes-passwort-123' });
		await requestPasswordReset(database.db, { email: 'reset@example.org', clientAddress: '10.1.0.1' }, { baseUrl });
		const token = await resetLinkFor('reset@example.org');
		await setPasswordWithToken(
			database.db,
			{ token, purpose: 'password_reset', password: 'neues-passwort-456' },
			{ sessionHours: 1 }
		);
		await expect(
			logIn(
				database.db,
				{ email: 'reset@example.org', password: 'altes-passwort-123', clientAddress: '10.1.0.1' },
				{ sessionHours: 1 }
			)
		).rejects.toMatchObject({ code: 'invalid_credentials' });
		expect(
			(
				await logIn(
					database.db,
					{ email: 'reset@example.org', password: 'neues-passwort-456', clientAddress: '10.1.0.1' },
					{ sessionHours: 1 }
				)
			).token
		).toBeTruthy();
		await expect(
			setPasswordWithToken(
				database.db,
				{ token, purpose: 'password_reset', password: 'drittes-passwort-789' },
				{ sessionHours: 1 }
			)
		).rejects.toMatchObject({ code: 'invalid_token' });
	});

	it('refuses an older link once a newer one was requested; the newest works', async () => {
		await makeUser(database.db, { email: 'zweimal@example.org', password: 'altes-passwort-123' });
		await requestPasswordReset(
			database.db,
			{ email: 'zweimal@example.org', clientAddress: '10.1.0.4' },
			{ baseUrl, now: new Date(Date.now() - 60_000) }
		);
		await requestPasswordReset(database.db, { email: 'zweimal@example.org', clientAddress: '10.1.0.4' }, { baseUrl });
		const [older, newer] = await resetLinksFor('zweimal@example.org');
		expect(older && newer && older !== newer).toBe(true);
		expect((await describeToken(database.db, older!, 'password_reset')).valid).toBe(false);
		await expect(
			setPasswordWithToken(
				database.db,
				{ token: older!, purpose: 'password_reset', password: 'neues-passwort-456' },
				{ sessionHours: 1 }
			)
		).rejects.toMatchObject({ code: 'invalid_token' });
		expect(
			(
				await setPasswordWithToken(
					database.db,
					{ token: newer!, purpose: 'password_reset', password: 'neues-passwort-456' },
					{ sessionHours: 1 }
				)
			).token
		).toBeTruthy();
	});

	it('stores only a hash of the link token', async () => {
		await makeUser(database.db, { email: 'hash@example.org', password: 'altes-passwort-123' });
		await requestPasswordReset(database.db, { email: 'hash@example.org', clientAddress: '10.1.0.5' }, { baseUrl });
		const token = await resetLinkFor('hash@example.org');
		const rows = await withSystem(database.db, (tx) => tx.select().from(authTokens));
		expect(rows.some((r) => r.id === sha256Hex(token))).toBe(true);
		expect(JSON.stringify(rows)).not.toContain(token);
	});

	it('refuses an expired link', async () => {
		await makeUser(database.db, { email: 'alt@example.org', password: 'altes-passwort-123' });
		const past = new Date(Date.now() - 3 * 3_600_000);
		await requestPasswordReset(
			database.db,
			{ email: 'alt@example.org', clientAddress: '10.1.0.2' },
			{ baseUrl, now: past }
		);
		const token = await resetLinkFor('alt@example.org');
		await expect(
			setPasswordWithToken(
				database.db,
				{ token, purpose: 'password_reset', password: 'neues-passwort-456' },
				{ sessionHours: 1 }
			)
		).rejects.toMatchObject({ code: 'invalid_token' });
	});

	it('answers the same for unknown addresses and writes no mail', async () => {
		await requestPasswordReset(database.db, { email: 'unbekannt@example.org', clientAddress: '10.1.0.3' }, { baseUrl });
		const rows = await withSystem(database.db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.toAddress, 'unbekannt@example.org'))
		);
		expect(rows).toHaveLength(0);
	});
});
