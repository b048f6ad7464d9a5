import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { JSDOM } from 'jsdom';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks, outbox } from '$lib/server/db/schema';
import { makeNetwork } from '$tests/fixtures';
import { enqueueMail } from './enqueue-mail';
import { networkBranding } from './network-branding';

describe.each(TEST_DATABASE_KINDS)('enqueueing a mail (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it("stores the rendered mail with the network's name and colour, escaped in HTML, verbatim in text", async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const name = 'Netzwerk <Kinder & "Familien">';
		await withSystem(db, (tx) =>
			tx.update(networks).set({ name, brandPrimary: '#2a7a3b' }).where(eq(networks.id, network.id))
		);

		const id = await withSystem(db, async (tx) =>
			enqueueMail(tx, {
				networkId: network.id,
				category: 'network',
				template: 'offer_approved',
				to: 'anbieter@example.org',
				data: { offerTitle: 'Babytreff <neu>', link: 'https://netz.example.org/angebote/1?a=1&b=2' },
				branding: await networkBranding(tx, network.id)
			})
		);
		const [row] = await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.id, id)));
		expect(row).toMatchObject({
			networkId: network.id,
			category: 'network',
			template: 'offer_approved',
			toAddress: 'anbieter@example.org',
			status: 'pending'
		});
		expect(row!.subject).toBe(`Freigegeben: „Babytreff <neu>“ – ${name}`);
		expect(row!.textBody).toContain('„Babytreff <neu>“');
		expect(row!.textBody).toContain('https://netz.example.org/angebote/1?a=1&b=2');
		expect(row!.textBody).toContain(name);
		expect(row!.messageId).toMatch(new RegExp(`^<${id}@`));

		const doc = new JSDOM(row!.htmlBody).window.document;
		expect(doc.querySelector('neu, kinder')).toBeNull();
		const header = doc.body.querySelector('div')!;
		expect(header.textContent).toBe(name);
		expect(header.getAttribute('style')).toContain('background:#2a7a3b');
		expect(doc.body.textContent).toContain('„Babytreff <neu>“');
		expect([...doc.querySelectorAll('a')].map((a) => a.href)).toContain('https://netz.example.org/angebote/1?a=1&b=2');
	});

	it('goes out only if the change that causes it commits', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		await expect(
			withSystem(db, async (tx) => {
				await enqueueMail(tx, {
					networkId: network.id,
					category: 'account',
					template: 'password_changed',
					to: 'zurueckgerollt@example.org',
					data: { name: 'Erika Beispiel' }
				});
				throw new Error('the change failed');
			})
		).rejects.toThrow('the change failed');
		expect(
			await withSystem(db, (tx) => tx.select().from(outbox).where(eq(outbox.toAddress, 'zurueckgerollt@example.org')))
		).toEqual([]);
	});
});
