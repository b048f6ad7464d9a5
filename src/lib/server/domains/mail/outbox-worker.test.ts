import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { outbox } from '$lib/server/db/schema';
import { startTestSmtp } from '$tests/smtp';
import { enqueueMail } from './enqueue-mail';
import { processOutbox, smtpTransport, type MailTransport } from './outbox-worker';

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
			enqueueMail(tx, {
				networkId: null,
				category: 'account',
				template: 'password_changed',
				to,
				data: { name: 'Erika Beispiel' },
				branding: { networkName: 'Netzwerk Test', brandPrimary: '#1d5c8f' }
			})
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
		expect(
			await processOutbox(database.db, smtpTransport(smtp.url), { from, now: new Date(now.getTime() + 60_000) })
		).toBe(1);
		await smtp.waitFor('c@example.org');
	});

	it('is not rolled back into the outbox when the causing transaction fails', async () => {
		await expect(
			withSystem(database.db, async (tx) => {
				await enqueueMail(tx, {
					networkId: null,
					category: 'account',
					template: 'password_changed',
					to: 'd@example.org',
					data: { name: 'X' }
				});
				throw new Error('change failed');
			})
		).rejects.toThrow('change failed');
		const rows = await withSystem(database.db, (tx) =>
			tx.select().from(outbox).where(eq(outbox.toAddress, 'd@example.org'))
		);
		expect(rows).toHaveLength(0);
	});

	it('sends a message claimed by a worker that died mid-send a minute later, once', async () => {
		const id = await enqueue('lost@example.org');
		const now = new Date();
		// A worker that claims the message and then never finishes (killed while talking to SMTP).
		let claimed!: () => void;
		let wake!: (error: Error) => void;
		const onClaim = new Promise<void>((resolve) => (claimed = resolve));
		const hanging: MailTransport = {
			sendMail: () => {
				claimed();
				return new Promise((_, reject) => (wake = reject));
			}
		};
		const dead = processOutbox(database.db, hanging, { from, now });
		await onClaim;
		// While the claim is fresh nobody else takes the message.
		expect(
			await processOutbox(database.db, smtpTransport(smtp.url), { from, now: new Date(now.getTime() + 5_000) })
		).toBe(0);
		// A minute later the claim has run out: another worker sends it.
		expect(
			await processOutbox(database.db, smtpTransport(smtp.url), { from, now: new Date(now.getTime() + 60_000) })
		).toBe(1);
		await smtp.waitFor('lost@example.org');
		// Should the first worker come back to life after all, it does not undo the delivery.
		wake(new Error('connection lost'));
		expect(await dead).toBe(0);
		const [row] = await withSystem(database.db, (tx) => tx.select().from(outbox).where(eq(outbox.id, id)));
		expect(row?.status).toBe('sent');
		expect(
			await processOutbox(database.db, smtpTransport(smtp.url), { from, now: new Date(now.getTime() + 3_600_000) })
		).toBe(0);
		expect(smtp.mails.filter((m) => m.to.includes('lost@example.org'))).toHaveLength(1);
	});

	it('never sends a message twice with three workers draining the outbox at once', async () => {
		const addresses = Array.from({ length: 15 }, (_, i) => `parallel-${i}@example.org`);
		for (const to of addresses) await enqueue(to);
		const drain = async () => {
			let total = 0;
			for (let n; (n = await processOutbox(database.db, smtpTransport(smtp.url), { from, batch: 4 })) > 0;) total += n;
			return total;
		};
		const counts = await Promise.all([drain(), drain(), drain()]);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(addresses.length);
		for (const to of addresses)
			expect(
				smtp.mails.filter((m) => m.to.includes(to)),
				to
			).toHaveLength(1);
		const rows = await withSystem(database.db, (tx) =>
			tx.select({ to: outbox.toAddress, status: outbox.status }).from(outbox)
		);
		expect(rows.filter((r) => addresses.includes(r.to)).every((r) => r.status === 'sent')).toBe(true);
	});

	it('renews the claim of a worker that is still sending, so nobody else takes the message', async () => {
		const id = await enqueue('slow@example.org');
		const lockedUntil = async () =>
			(
				await withSystem(database.db, (tx) =>
					tx.select({ at: outbox.lockedUntil }).from(outbox).where(eq(outbox.id, id))
				)
			)[0]!.at!;
		let takenOver = -1;
		const slow: MailTransport = {
			async sendMail(message) {
				const first = await lockedUntil();
				let renewed = first;
				while (renewed.getTime() <= first.getTime()) {
					await new Promise((r) => setTimeout(r, 50));
					renewed = await lockedUntil();
				}
				// Past the first lease but within the renewed one: the message stays with this worker.
				expect(renewed.getTime()).toBeGreaterThan(first.getTime());
				takenOver = await processOutbox(database.db, smtpTransport(smtp.url), {
					from,
					now: new Date(renewed.getTime() - 1)
				});
				return smtpTransport(smtp.url).sendMail(message);
			}
		};
		// A short lease (renewed every 100 ms) so the renewal comes while the test waits.
		expect(await processOutbox(database.db, slow, { from, leaseSeconds: 0.3 })).toBe(1);
		expect(takenOver).toBe(0);
		expect(smtp.mails.filter((m) => m.to.includes('slow@example.org'))).toHaveLength(1);
	});
});
