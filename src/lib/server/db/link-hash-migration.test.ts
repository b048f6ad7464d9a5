import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseKind, Db } from './client';
import { rowsOf, withSystem } from './scope';
import { migratedBefore, TEST_DATABASE_KINDS } from './testing';
import { makeNetwork } from '$tests/fixtures';
import { describeRsvp } from '$lib/server/domains/bodies/rsvp';
import { describeSignatureLink } from '$lib/server/domains/agreements/sign-agreement';
import { optOutOfCirculars } from '$lib/server/domains/organisations/circulars';

/** An organisation inserted with the columns of the old schema (the drizzle schema has newer ones). */
async function organisationBefore(db: Db, networkId: string): Promise<{ id: string }> {
	const [org] = await withSystem(db, async (tx) =>
		rowsOf<{ id: string }>(
			await tx.execute(
				sql`insert into organisations (network_id, name) values (${networkId}, 'Beispiel-Träger') returning id`
			)
		)
	);
	return org!;
}

// The same SQL on both; PGlite needs ~40 s to migrate twice on disk, so it runs only without a PostgreSQL server.
const KINDS: DatabaseKind[] = TEST_DATABASE_KINDS.includes('postgres') ? ['postgres'] : ['pglite'];

describe.each(KINDS)('migration 0022 on %s', (kind) => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const c of cleanups.reverse()) await c();
	});

	it('turns the plain RSVP and signing tokens into hashes, and the links already mailed keep working', async () => {
		const rsvpToken = 'alter-Antwortlink-aus-einer-Einladung-1234';
		const signToken = 'alter-Unterschriftslink-aus-einer-Mail-5678';

		const { before, reopen } = await migratedBefore(kind, 22, cleanups);
		const network = await makeNetwork(before.db);
		const org = await organisationBefore(before.db, network.id);
		await withSystem(before.db, async (tx) => {
			const [body] = rowsOf<{ id: string }>(
				await tx.execute(
					sql`insert into bodies (network_id, name, kind) values (${network.id}, 'Steuerungsgruppe', 'steuerungsgruppe') returning id`
				)
			);
			const [meeting] = rowsOf<{ id: string }>(
				await tx.execute(
					sql`insert into meetings (network_id, body_id, title, starts_at, ends_at) values (${network.id}, ${body!.id}, 'Sitzung', now() + interval '2 days', now() + interval '2 days 2 hours') returning id`
				)
			);
			await tx.execute(
				sql`insert into meeting_invitations (network_id, meeting_id, name, email, token, expires_at) values (${network.id}, ${meeting!.id}, 'Berta Beispiel', 'berta@example.org', ${rsvpToken}, now() + interval '3 days')`
			);
			const [agreement] = rowsOf<{ id: string }>(
				await tx.execute(
					sql`insert into agreements (network_id, kind, title) values (${network.id}, 'kooperationsvereinbarung', 'Kooperationsvereinbarung') returning id`
				)
			);
			const [version] = rowsOf<{ id: string }>(
				await tx.execute(
					sql`insert into agreement_versions (network_id, agreement_id, number, adopted_on, text, sent_at) values (${network.id}, ${agreement!.id}, 1, '2026-02-15', 'Wortlaut', now()) returning id`
				)
			);
			await tx.execute(
				sql`insert into agreement_signatures (network_id, version_id, organisation_id, token) values (${network.id}, ${version!.id}, ${org.id}, ${signToken})`
			);
		});
		await before.close();

		const after = await reopen();
		try {
			const stored = await withSystem(after.db, async (tx) => [
				...rowsOf<Record<string, unknown>>(await tx.execute(sql`select * from meeting_invitations`)),
				...rowsOf<Record<string, unknown>>(await tx.execute(sql`select * from agreement_signatures`))
			]);
			expect(stored).toHaveLength(2);
			expect(JSON.stringify(stored)).not.toContain(rsvpToken);
			expect(JSON.stringify(stored)).not.toContain(signToken);
			expect(await describeRsvp(after.db, network.slug, rsvpToken, new Date())).toMatchObject({
				state: 'valid',
				name: 'Berta Beispiel'
			});
			expect(await describeSignatureLink(after.db, network.slug, signToken)).toMatchObject({
				state: 'open',
				number: 1
			});
		} finally {
			await after.close();
		}
	}, 180_000); // PGlite migrates twice on disk
});

describe.each(KINDS)('migration 0025 on %s', (kind) => {
	const cleanups: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const c of cleanups.reverse()) await c();
	});

	it('turns the plain opt-out tokens into hashes, and an opt-out link already mailed still unsubscribes', async () => {
		const optOutToken = 'alter-Abbestelllink-aus-einem-Rundschreiben-42';

		const { before, reopen } = await migratedBefore(kind, 25, cleanups);
		const network = await makeNetwork(before.db);
		const org = await organisationBefore(before.db, network.id);
		await withSystem(before.db, (tx) =>
			tx.execute(
				sql`insert into contacts (network_id, organisation_id, name, email, opt_out_token) values (${network.id}, ${org.id}, 'Frida Beispiel', 'frida@example.org', ${optOutToken})`
			)
		);
		await before.close();

		const after = await reopen();
		try {
			const stored = await withSystem(after.db, async (tx) =>
				rowsOf<Record<string, unknown>>(await tx.execute(sql`select * from contacts`))
			);
			expect(stored).toHaveLength(1);
			expect(JSON.stringify(stored)).not.toContain(optOutToken);
			expect(await optOutOfCirculars(after.db, network.slug, optOutToken)).toBe('done');
			const [contact] = await withSystem(after.db, async (tx) =>
				rowsOf<{ circular_opt_out: boolean }>(await tx.execute(sql`select circular_opt_out from contacts`))
			);
			expect(contact!.circular_opt_out).toBe(true);
		} finally {
			await after.close();
		}
	}, 180_000); // PGlite migrates twice on disk
});
