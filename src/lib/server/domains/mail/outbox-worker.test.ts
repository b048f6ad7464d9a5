import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { outbox } from '$lib/server/db/schema';
import { startTestSmtp } from '$tests/smtp';
import { enqueueMail } from './enqueue-mail';
import { processOutbox, smtpTransport } from './outbox-worker';

describe.each(TEST_DATABASE_KINDS)('outbox on %s', (kind) => {
	let database: Database;
	let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
	const from = 'Netzwerk <no-reply@example.org>';

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		smtp = await startTestSmtp();
	});
	afterAll(async () => {
		await database.close();
		await smtp.close();
	});

	const enqueue = (to: string) =>
		withSystem(database.db, (tx) =>
			enqueueMail(tx, { networkId: null, category: 'account', template: 'password_changed', to, data: { name: 'Erika Beispiel' }, branding: { networkName: 'Netzwerk Test', brandPrimary: '#1d5c8f' } })
		);

	it('sends each mail exactly once over SMTP, with text and HTML parts', async () => {
		await enqueue('a@example.org');
		await enqueue('b@example.org');
		const sent = await processOutbox(database.db, smtpTransport(smtp.url), { from });
		expect(sent).toBe(2);
		expect(await processOutbox(database.db, smtpTransport(smtp.url), { from })).toBe(0);
		const mail = await smtp.waitFor('a@example.org', /Passwort wurde geändert – Netzwerk Test/);
		expect(mail.text).toContain('Guten Tag Erika Beispiel');
		expect(mail.html).toContain('Netzwerk Test');
		expect(smtp.mails.filter((m) => m.to.includes('a@example.org'))).toHaveLength(1);
		const rows = await withSystem(database.db, (tx) => tx.select().from(outbox));
		expect(rows.every((r) => r.status === 'sent' && r.sentAt)).toBe(true);
	});

	it('keeps a mail when the SMTP server is down, records the error and retries later', async () => {
		const id = await enqueue('c@example.org');
		const now = new Date();
		const down = smtpTransport('smtp://127.0.0.1:1');
		expect(await processOutbox(database.db, down, { from, now })).toBe(0);
		const [failed] = await withSystem(database.db, (tx) => tx.select().from(outbox).where(eq(outbox.id, id)));
		expect(failed?.status).toBe('pending');
		expect(failed?.attempts).toBe(1);
		expect(failed?.lastError).toBeTruthy();
		expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
		// Not due yet: nothing happens even with a working server.
		expect(await processOutbox(database.db, smtpTransport(smtp.url), { from, now })).toBe(0);
		// Due after the backoff: delivered.
		expect(await processOutbox(database.db, smtpTransport(smtp.url), { from, now: new Date(now.getTime() + 60_000) })).toBe(1);
		await smtp.waitFor('c@example.org');
	});

	it('is not rolled back into the outbox when the causing transaction fails', async () => {
		await expect(
			withSystem(database.db, async (tx) => {
				await enqueueMail(tx, { networkId: null, category: 'account', template: 'password_changed', to: 'd@example.org', data: { name: 'X' } });
				throw new Error('change failed');
			})
		).rejects.toThrow('change failed');
		const rows = await withSystem(database.db, (tx) => tx.select().from(outbox).where(eq(outbox.toAddress, 'd@example.org')));
		expect(rows).toHaveLength(0);
	});
});
