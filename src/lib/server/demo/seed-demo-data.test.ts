import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import { logIn } from '$lib/server/domains/accounts/log-in';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documents } from '$lib/server/db/schema';
import { localFileStore } from '$lib/server/domains/documents/local-file-store';
import { seedDemoData } from './seed-demo-data';
import { DEMO_NETWORKS, DEMO_PASSWORD } from './demo-networks';

describe.each(TEST_DATABASE_KINDS)('demo data on %s', (kind) => {
	let database: Database;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database.close());

	it('loads five invented networks once, idempotently, with working demo accounts', async () => {
		const files = localFileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-demo-files-')));
		expect(await seedDemoData(database.db, { onlyIfEmpty: true, files })).toBe(true);
		expect(await seedDemoData(database.db, { onlyIfEmpty: true, files })).toBe(false);
		await seedDemoData(database.db, { files });
		const managed = await withSystem(database.db, async (tx) =>
			rowsOf<{ agreements: number; signed: number; documents: number; tasks: number; lead: number }>(
				await tx.execute(
					sql`select (select count(*)::int from agreements) as agreements, (select count(*)::int from agreement_signatures where state = 'signed') as signed, (select count(*)::int from documents) as documents, (select count(*)::int from tasks) as tasks, (select count(*)::int from bodies where lead_contact_id is not null) as lead`
				)
			)
		);
		expect(managed[0]).toMatchObject({ agreements: 5, documents: 20 }); // once per network, not again on the second run
		expect(managed[0]!.signed).toBeGreaterThan(20);
		expect(managed[0]!.tasks).toBeGreaterThan(10);
		const stored = await withSystem(database.db, (tx) => tx.select({ key: documents.storageKey }).from(documents));
		for (const d of stored) expect(await files.get(d.key), d.key).not.toBeNull();
		const counts = await withSystem(database.db, async (tx) =>
			rowsOf<{ networks: number; users: number; demo: number }>(
				await tx.execute(
					sql`select (select count(*)::int from networks) as networks, (select count(*)::int from users) as users, (select count(*)::int from networks where is_demo) as demo`
				)
			)
		);
		expect(counts[0]).toEqual({ networks: 5, users: 8, demo: 5 });
		// Organisation names are unique per network: an export re-imports without a name clash.
		const duplicates = await withSystem(database.db, async (tx) =>
			rowsOf<{ name: string }>(
				await tx.execute(
					sql`select lower(name) as name from organisations group by network_id, lower(name) having count(*) > 1`
				)
			)
		);
		expect(duplicates).toEqual([]);
		const slugs = DEMO_NETWORKS.map((n) => n.slug).sort();
		expect(slugs).toEqual(['herten', 'mettmann', 'moenchengladbach', 'sonneberg', 'wilhelmshaven']);
		const login = await logIn(
			database.db,
			{ email: 'koordination.herten@example.org', password: DEMO_PASSWORD, clientAddress: '10.2.0.1' },
			{ sessionHours: 1 }
		);
		expect(login.next).toBe('second_factor');
		// Seeds five networks three times over: slow on PGlite on a busy 2-core machine.
	}, 120_000);

	it('fills the Art. 30 record of every network and changes one retention period', async () => {
		const records = await withSystem(database.db, async (tx) =>
			rowsOf<{ slug: string; controller_name: string; dpo_contact: string; days: number | null }>(
				await tx.execute(
					sql`select n.slug, p.controller_name, p.dpo_contact, r.days from networks n join processing_records p on p.network_id = n.id left join retention_rules r on r.network_id = n.id and r.rule_key = 'outbox_bodies' order by n.slug`
				)
			)
		);
		expect(records).toHaveLength(DEMO_NETWORKS.length);
		for (const r of records) {
			expect(r.controller_name).toContain('(Beispieldaten)');
			expect(r.dpo_contact).toMatch(/@example\.org$/);
		}
		expect(records.filter((r) => r.days !== null).map((r) => [r.slug, r.days])).toEqual([['herten', 60]]);
	});

	it('states in the demo minutes how many people attended and from how many organisations', async () => {
		const held = await withSystem(database.db, async (tx) =>
			rowsOf<{ minutes: string; yes: number; organisations: number }>(
				await tx.execute(
					sql`select m.minutes, count(i.id) filter (where i.answer = 'yes')::int as yes, count(distinct i.organisation_name) filter (where i.answer = 'yes')::int as organisations from meetings m left join meeting_invitations i on i.meeting_id = m.id where m.minutes <> '' group by m.id`
				)
			)
		);
		expect(held.length).toBeGreaterThan(3);
		for (const m of held) {
			const line = /^Anwesend: (\d+) Personen? aus (\d+) Organisation(?:en)?\./.exec(m.minutes);
			if (m.yes === 0) expect(line).toBeNull();
			else
				expect(line && { people: Number(line[1]), organisations: Number(line[2]) }).toEqual({
					people: m.yes,
					organisations: m.organisations
				});
		}
	});

	it('gives every provider its own offer title and translates about half the offers into tr, ar, en, ru, uk', async () => {
		const rows = await withSystem(database.db, async (tx) =>
			rowsOf<{ network_id: string; title: string; translations: Record<string, { title?: string }> }>(
				await tx.execute(sql`select network_id, title, translations from offers`)
			)
		);
		for (const networkId of new Set(rows.map((r) => r.network_id))) {
			const titles = rows.filter((r) => r.network_id === networkId).map((r) => r.title);
			expect(new Set(titles).size, networkId).toBe(titles.length);
			// The titles the guide and the tests name stay there exactly.
			for (const title of ['Krabbelgruppe', 'Babymassage', 'Elterncafé', 'Beratung bei Gewalt in der Familie'])
				expect(titles).toContain(title);
		}
		const translated = rows.filter((r) => ['tr', 'ar', 'en', 'ru', 'uk'].every((l) => r.translations[l]?.title));
		expect(translated.length / rows.length).toBeGreaterThan(0.35);
		expect(translated.length / rows.length).toBeLessThan(0.65);
		const massage = rows.find((r) => r.title.startsWith('Babymassage in '));
		expect(massage?.translations.tr?.title).toMatch(/^Bebek masajı – /);
	});

	it('gives every network upcoming events: published ones for families and professionals, one members-only, one draft, one full with a waiting list', async () => {
		const rows = await withSystem(database.db, async (tx) =>
			rowsOf<{
				slug: string;
				title: string;
				kind: string;
				status: string;
				visibility: string;
				capacity: number;
				first: Date;
				sessions: number;
				taken: number;
				waiting: number;
				emails: string[];
				phone: string;
			}>(
				await tx.execute(sql`
					select n.slug, e.title, e.kind, e.status, e.visibility, e.capacity, e.contact_phone as phone,
						(select min(s.starts_at) from event_sessions s where s.event_id = e.id) as first,
						(select count(*)::int from event_sessions s where s.event_id = e.id) as sessions,
						(select coalesce(sum(r.persons), 0)::int from event_registrations r where r.event_id = e.id and r.status = 'registered') as taken,
						(select count(*)::int from event_registrations r where r.event_id = e.id and r.status = 'waiting') as waiting,
						(select coalesce(array_agg(r.email), '{}') from event_registrations r where r.event_id = e.id) as emails
					from events e join networks n on n.id = e.network_id`)
			)
		);
		for (const slug of DEMO_NETWORKS.map((n) => n.slug)) {
			const mine = rows.filter((r) => r.slug === slug);
			expect(new Set(mine.map((r) => r.kind))).toEqual(
				new Set(['fachtagung', 'fortbildung', 'infoabend', 'kurs', 'familienveranstaltung'])
			);
			// Upcoming ones, and two past ones (seed-demo-past-events): one to follow up, one done.
			const past = mine.filter((r) => new Date(r.first) <= new Date());
			expect(past.map((r) => r.title).sort()).toEqual([
				'Feinfühligkeit im ersten Lebensjahr – Fortbildung',
				'Kinderschutz nach § 8a SGB VIII – Auffrischung'
			]);
			expect(past.every((r) => r.taken === 7 && r.emails.length === 7)).toBe(true);
			expect(mine.filter((r) => r.visibility === 'members')).toHaveLength(1);
			expect(mine.filter((r) => r.status === 'draft')).toHaveLength(1);
			expect(mine.some((r) => r.taken === r.capacity && r.waiting > 0)).toBe(true);
			expect(mine.find((r) => r.title.startsWith('Geburtsvorbereitungskurs'))?.sessions).toBe(6);
			const massage = mine.find((r) => r.title.startsWith('Babymassage-Kurs'))!;
			expect(massage.capacity - massage.taken).toBe(1);
			for (const r of mine) {
				for (const email of r.emails) expect(email).toMatch(/@example\.org$/);
				if (r.phone) expect(r.phone).toMatch(/^(030 23125|040 66969|0221 4710) \d{3}$/);
			}
		}
		const whv = rows.find((r) => r.slug === 'wilhelmshaven' && r.title === 'Frühe Hilfen im Sozialraum')!;
		expect(whv).toMatchObject({ capacity: 80, taken: 80, waiting: 4 });
	});

	it('switches "Bitte um Kontakt" on for about a third of the published offers, with a few invented requests', async () => {
		const rows = await withSystem(database.db, async (tx) =>
			rowsOf<{ slug: string; published: number; enabled: number; open: number; done: number; addresses: string[] }>(
				await tx.execute(sql`
					select n.slug,
						(select count(*)::int from offers o where o.network_id = n.id and o.status = 'published') as published,
						(select count(*)::int from offers o where o.network_id = n.id and o.contact_requests_enabled) as enabled,
						(select count(*)::int from contact_requests c where c.network_id = n.id and c.status = 'open') as open,
						(select count(*)::int from contact_requests c where c.network_id = n.id and c.status = 'done') as done,
						(select coalesce(array_agg(c.email || '|' || c.phone), '{}') from contact_requests c
							where c.network_id = n.id) as addresses
					from networks n order by n.slug`)
			)
		);
		expect(rows).toHaveLength(5);
		for (const r of rows) {
			expect(r.enabled / r.published, r.slug).toBeGreaterThan(0.25);
			expect(r.enabled / r.published, r.slug).toBeLessThan(0.45);
			expect({ open: r.open, done: r.done }).toEqual({ open: 2, done: 1 });
			for (const a of r.addresses) {
				const [email, phone] = a.split('|');
				if (email) expect(email).toMatch(/@example\.org$/);
				if (phone) expect(phone).toMatch(/^(030 23125|040 66969|0221 4710) \d{3}$/);
			}
		}
		const [provider] = await withSystem(database.db, async (tx) =>
			rowsOf<{ n: number }>(
				await tx.execute(sql`
					select count(*)::int as n from offers o join organisations g on g.id = o.organisation_id
					where g.name = 'Familienzentrum Sonnenblume (Beispiel)' and not o.contact_requests_enabled`)
			)
		);
		expect(provider?.n).toBe(0);
	});

	it('uses only example.org addresses and phone numbers from the ranges reserved for fiction', () => {
		for (const n of DEMO_NETWORKS) {
			expect(n.contactEmail).toMatch(/@example\.org$/);
			expect(n.coordinator.email).toMatch(/@example\.org$/);
			for (const phone of [n.contactPhone, ...n.helpNumbers.map((h) => h.number)]) {
				expect(phone).toMatch(/^(030 23125|040 66969|0221 4710) \d{3}$/);
			}
		}
	});
});
