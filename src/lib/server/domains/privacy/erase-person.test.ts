import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database, Db } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import * as s from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { recordAudit } from '$lib/server/domains/shared/record-audit';
import { openFileStore } from '$lib/server/domains/documents/file-store';
import { newFileKey } from '$lib/server/domains/documents/file-keys';
import { makeNetwork, makeOrganisation, makeUser, person, tenantContext } from '$tests/fixtures';
import { PERSON_SOURCES } from './person-data-sources/person-sources';
import { exportPersonData } from './export-person-data';
import { findPersonData } from './find-person-data';
import { previewPersonErasure } from './preview-person-erasure';
import { erasePerson } from './erase-person';

const EMAIL = 'frieda.testperson@example.org';
const NAME = 'Frieda Testperson';
const QUERY = { email: EMAIL, name: NAME.toLowerCase() };
const DAY = 86_400_000;

/** Every row of every table whose text, text[] or jsonb column holds the address or the name. */
async function hitsEverywhere(db: Db) {
	return withSystem(db, async (tx) => {
		const columns = rowsOf<{ table_name: string; column_name: string }>(
			await tx.execute(sql`
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
					and (c.data_type in ('text', 'character varying', 'jsonb', 'json') or c.udt_name in ('_text', '_varchar'))
				order by 1, 2`)
		);
		const hasNetwork = new Set(
			rowsOf<{ table_name: string }>(
				await tx.execute(
					sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'network_id'`
				)
			).map((r) => r.table_name)
		);
		const hits: { table: string; column: string; network: string | null }[] = [];
		for (const c of columns) {
			const network = hasNetwork.has(c.table_name) ? sql`network_id::text` : sql`null`;
			const col = sql.identifier(c.column_name);
			const rows = rowsOf<{ network: string | null }>(
				await tx.execute(sql`
					select ${network} as network from ${sql.identifier(c.table_name)}
					where ${col}::text ilike ${`%${EMAIL}%`} or nfh_unaccent(${col}::text) ilike ${`%${NAME}%`}`)
			);
			for (const r of rows) hits.push({ table: c.table_name, column: c.column_name, network: r.network });
		}
		return hits;
	});
}

describe.each(TEST_DATABASE_KINDS)('Art. 15 export and Art. 17 erasure of a person (%s)', (kind) => {
	let database: Database;
	const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'erasure-'));
	const files = openFileStore({ filesDir, s3: null });
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	/** Frieda in every place the app stores people, in network `n`; returns the scan's file key. */
	async function fillEverySource(db: Db, n: { id: string; slug: string; name: string }) {
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: n.id }] });
		const frieda = await makeUser(db, { email: EMAIL.toUpperCase(), roles: [{ role: 'member', networkId: n.id }] });
		const ctx = tenantContext(db, n, coordinator);
		const org = await makeOrganisation(db, n.id, 'Familienzentrum Am Bach (Beispiel)');
		const org2 = await makeOrganisation(db, n.id, 'Hebammenpraxis Lindenhof (Beispiel)');
		const contactId = await person(ctx, org.id, NAME, EMAIL); // audited with name and address
		const scanKey = newFileKey(n.id, 'scans');
		await files.put(scanKey, Buffer.from('%PDF-1.4 scan'), 'application/pdf');
		await withSystem(db, async (tx) => {
			await tx
				.update(s.users)
				.set({ name: NAME })
				.where(sql`id = ${frieda.userId}`);
			await tx
				.insert(s.sessions)
				.values({ id: `sess-${frieda.userId}`, userId: frieda.userId, expiresAt: new Date(Date.now() + DAY) });
			await tx
				.update(s.contacts)
				.set({ circularOptOut: true, tokenHashes: ['abc'] })
				.where(sql`id = ${contactId}`);
			await tx
				.update(s.networks)
				.set({ contactName: NAME, contactEmail: EMAIL })
				.where(sql`id = ${n.id}`);
			const [event] = await tx
				.insert(s.events)
				.values({
					networkId: n.id,
					kind: 'fortbildung',
					audience: 'fachkraefte',
					title: 'Fortbildung Bindung (Beispiel)',
					capacity: 20,
					contactName: NAME,
					contactEmail: EMAIL,
					certificateSigner: `${NAME}, Leitung`,
					signatureImage: 'data:image/png;base64,AAAA',
					createdBy: frieda.userId
				})
				.returning();
			const [session] = await tx
				.insert(s.eventSessions)
				.values({
					networkId: n.id,
					eventId: event!.id,
					startsAt: new Date(Date.now() - 3 * DAY),
					endsAt: new Date(Date.now() - 3 * DAY + 3600_000)
				})
				.returning();
			const [reg] = await tx
				.insert(s.eventRegistrations)
				.values({
					networkId: n.id,
					eventId: event!.id,
					number: 1,
					status: 'registered',
					name: NAME,
					email: EMAIL,
					phone: '0151 2345 6789',
					organisationName: org.name,
					answers: { diet: `${NAME} isst vegetarisch` },
					userId: frieda.userId,
					certificateCode: 'ABC-123'
				})
				.returning();
			await tx
				.insert(s.eventAttendance)
				.values({ networkId: n.id, registrationId: reg!.id, sessionId: session!.id, present: true });
			await tx
				.insert(s.eventCertificates)
				.values({ code: `C-${n.id.slice(0, 8)}`, networkId: n.id, eventId: event!.id, holderName: NAME });
			await tx.insert(s.eventCertificates).values({
				code: 'ABC-123'.concat(n.id.slice(0, 4)),
				networkId: n.id,
				eventId: event!.id,
				holderName: 'Jemand Anderes'
			});
			const [body] = await tx
				.insert(s.bodies)
				.values({
					networkId: n.id,
					name: 'Steuerungsgruppe (Beispiel)',
					kind: 'steuerungsgruppe',
					leadContactId: contactId
				})
				.returning();
			await tx.insert(s.bodyContacts).values({ networkId: n.id, bodyId: body!.id, contactId });
			const [meeting] = await tx
				.insert(s.meetings)
				.values({
					networkId: n.id,
					bodyId: body!.id,
					title: 'Sitzung im Frühjahr',
					startsAt: new Date(Date.now() - DAY),
					endsAt: new Date(Date.now() - DAY + 3600_000),
					agenda: `Bericht – ${NAME} – 10 Min.`,
					minutes: `${NAME} berichtet über die Elternschule.`
				})
				.returning();
			const [invitation] = await tx
				.insert(s.meetingInvitations)
				.values({
					networkId: n.id,
					meetingId: meeting!.id,
					contactId,
					name: NAME,
					email: EMAIL,
					organisationName: org.name,
					expiresAt: new Date(Date.now() + DAY),
					answer: 'yes'
				})
				.returning();
			await tx.insert(s.meetingAttendance).values({
				networkId: n.id,
				meetingId: meeting!.id,
				invitationId: invitation!.id,
				contactId,
				organisationId: org.id,
				name: NAME,
				organisationName: org.name
			});
			await tx.insert(s.tasks).values({
				networkId: n.id,
				bodyId: body!.id,
				meetingId: meeting!.id,
				title: 'Flyer drucken',
				owner: NAME,
				ownerContactId: contactId
			});
			const [agreement] = await tx
				.insert(s.agreements)
				.values({ networkId: n.id, kind: 'kooperationsvereinbarung', title: 'Kooperationsvereinbarung (Beispiel)' })
				.returning();
			const [version] = await tx
				.insert(s.agreementVersions)
				.values({ networkId: n.id, agreementId: agreement!.id, number: 1, adoptedOn: '2025-01-10', sentAt: new Date() })
				.returning();
			await tx.insert(s.agreementSignatures).values([
				{
					networkId: n.id,
					versionId: version!.id,
					organisationId: org.id,
					state: 'signed',
					sentTo: EMAIL,
					signerName: NAME,
					signerFunction: 'Leitung',
					signedOn: '2025-02-01',
					method: 'link'
				},
				{
					networkId: n.id,
					versionId: version!.id,
					organisationId: org2.id,
					state: 'declined',
					sentTo: `${EMAIL}, team@example.org`,
					signerName: NAME,
					declineReason: `${NAME} lehnt ab`,
					method: 'scan',
					scanKey,
					scanName: 'ablehnung.pdf'
				}
			]);
			await tx.insert(s.documents).values({
				networkId: n.id,
				title: 'Flyer',
				fileName: 'flyer.pdf',
				contentType: 'application/pdf',
				byteSize: 3,
				storageKey: newFileKey(n.id, 'documents'),
				uploadedByName: NAME
			});
			await tx.insert(s.membershipEvents).values({
				networkId: n.id,
				organisationId: org.id,
				status: 'mitglied',
				validFrom: '2025-01-01',
				recordedByName: NAME
			});
			await tx
				.insert(s.circulars)
				.values({ networkId: n.id, subject: 'Neuigkeiten', body: `Herzlich willkommen, ${NAME}!`, sentByName: NAME });
			const [offer] = await tx
				.insert(s.offers)
				.values({
					networkId: n.id,
					organisationId: org.id,
					title: 'Elterncafé',
					offerType: 'gruppe',
					contactEmail: EMAIL
				})
				.returning();
			await tx.insert(s.offerVersions).values({
				networkId: n.id,
				offerId: offer!.id,
				data: { contactEmail: EMAIL },
				state: 'applied',
				baseVersion: 1,
				authorUserId: frieda.userId,
				authorName: NAME,
				decidedByName: NAME
			});
			await tx.insert(s.contactRequests).values({
				networkId: n.id,
				offerId: offer!.id,
				organisationId: org.id,
				name: NAME,
				email: EMAIL,
				phone: '0151 23456789',
				message: 'Bitte rufen Sie nachmittags an.'
			});
			const mail = {
				networkId: n.id,
				category: 'network' as const,
				template: 'circular',
				htmlBody: `<p>Hallo ${NAME}</p>`,
				messageId: 'x'
			};
			await tx.insert(s.outbox).values([
				{
					...mail,
					toAddress: EMAIL,
					subject: 'Einladung',
					textBody: `Hallo ${NAME}`,
					status: 'pending',
					messageId: `a${n.id}`
				},
				{
					...mail,
					toAddress: EMAIL,
					subject: 'Protokoll',
					textBody: `Hallo ${NAME}`,
					status: 'sent',
					sentAt: new Date(),
					messageId: `b${n.id}`,
					attachments: [{ filename: 'x.pdf', contentType: 'application/pdf', contentBase64: 'AAAA' }]
				},
				{
					...mail,
					toAddress: 'team@example.org',
					subject: `Protokoll mit ${NAME}`,
					textBody: `Anwesend: ${NAME} (${EMAIL})`,
					status: 'sent',
					sentAt: new Date(),
					messageId: `c${n.id}`
				}
			]);
			await recordAudit(tx, {
				networkId: n.id,
				actorUserId: frieda.userId,
				action: 'update',
				entity: 'offer',
				entityId: offer!.id,
				before: { contactEmail: EMAIL },
				after: { contactEmail: '', note: `von ${NAME.toUpperCase()}` }
			});
		});
		return { ctx, coordinator, frieda, scanKey };
	}

	it('erases a person from every table of the network and keeps only the signed agreement, with its reason', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const { ctx, scanKey } = await fillEverySource(db, network);
		const inOther = tenantContext(
			db,
			other,
			await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] })
		);
		const otherOrg = await makeOrganisation(db, other.id);
		await person(inOther, otherOrg.id, NAME, EMAIL);

		// Art. 15: every source is in the export, and each of them found Frieda.
		const exported = await exportPersonData({ ...ctx, now: new Date() }, QUERY, 'json');
		const json = JSON.parse(exported.body.toString('utf8'));
		expect(json.sources.map((x: { key: string }) => x.key)).toEqual(PERSON_SOURCES.map((x) => x.key));
		for (const source of json.sources) expect(source.records.length, source.key).toBeGreaterThan(0);
		const pdf = await exportPersonData(ctx, QUERY, 'pdf');
		expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
		const audits = await withSystem(db, (tx) =>
			tx
				.select()
				.from(s.auditLog)
				.where(sql`network_id = ${network.id} and action = 'person_data.exported'`)
		);
		expect(audits).toHaveLength(2);
		expect(JSON.stringify(audits)).not.toMatch(/frieda/i);

		// Art. 17: the preview says what happens; the signed signature stays as proof.
		const preview = await previewPersonErasure(ctx, QUERY);
		expect(preview.refused).toBe(false);
		const signatures = preview.sources.find((x) => x.key === 'agreementSignatures')!.records;
		expect(signatures.map((r) => r.action)).toEqual([
			{ kind: 'keep', reason: 'personData.reason.signatureProof' },
			{ kind: 'anonymise' }
		]);
		const before = await hitsEverywhere(db);
		expect(before.filter((h) => h.network === network.id).length).toBeGreaterThan(20);

		const done = await erasePerson({ ...ctx, files }, QUERY);
		expect(done.counts.keep).toBe(1);
		expect(done.pseudonym).toMatch(/^Person gelöscht \d{4}-\d{2}-\d{2} #[0-9a-f]{8}$/);

		const after = await hitsEverywhere(db);
		expect(after.filter((h) => h.network === network.id || h.network === null)).toEqual([
			{ table: 'agreement_signatures', column: 'sent_to', network: network.id },
			{ table: 'agreement_signatures', column: 'signer_name', network: network.id }
		]);
		// The other network's contact with the same address is untouched.
		expect(after.filter((h) => h.network === other.id).map((h) => h.table)).toContain('contacts');
		expect(await files.get(scanKey)).toBeNull();

		const again = await findPersonData(ctx, QUERY);
		expect(again.total).toBe(1);
		const kept = again.sources.flatMap((x) => x.records);
		expect(kept[0]!.action).toEqual({ kind: 'keep', reason: 'personData.reason.signatureProof' });
		const erasureAudit = await withSystem(db, (tx) =>
			tx
				.select()
				.from(s.auditLog)
				.where(sql`network_id = ${network.id} and action = 'person_data.erased'`)
		);
		expect(erasureAudit).toHaveLength(1);
		expect(JSON.stringify(erasureAudit)).not.toMatch(/frieda/i);
		// Figures stay: the registration and the attendance row are still counted.
		const [counts] = await withSystem(db, async (tx) =>
			rowsOf<{ registrations: number; attendance: number }>(
				await tx.execute(sql`select (select count(*)::int from event_registrations where network_id = ${network.id}) as registrations,
					(select count(*)::int from meeting_attendance where network_id = ${network.id}) as attendance`)
			)
		);
		expect(counts).toEqual({ registrations: 1, attendance: 1 });
	});

	it("refuses to erase the network's only coordinator and changes nothing", async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const only = await makeUser(db, {
			email: 'einzige.koordination@example.org',
			roles: [{ role: 'coordinator', networkId: network.id }]
		});
		const ctx = tenantContext(db, network, only);
		const query = { email: 'einzige.koordination@example.org', name: null };
		const preview = await previewPersonErasure(ctx, query);
		expect(preview.refused).toBe(true);
		expect(preview.sources.find((x) => x.key === 'accounts')!.records[0]!.action).toEqual({
			kind: 'refuse',
			reason: 'personData.reason.onlyCoordinator'
		});
		const error = await erasePerson({ ...ctx, files }, query).catch((e: unknown) => e);
		expect(isAppError(error, 'validation')).toBe(true);
		expect((await findPersonData(ctx, query)).total).toBeGreaterThan(0);
	});

	it('keeps an account that also belongs to another network and removes only the roles here', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const shared = await makeUser(db, {
			email: 'geteilt.testperson@example.org',
			roles: [
				{ role: 'member', networkId: network.id },
				{ role: 'coordinator', networkId: other.id }
			]
		});
		const ctx = tenantContext(db, network, coordinator);
		const query = { email: 'geteilt.testperson@example.org', name: null };
		const preview = await previewPersonErasure(ctx, query);
		expect(preview.sources.find((x) => x.key === 'accounts')!.records[0]!.action).toEqual({
			kind: 'keep',
			reason: 'personData.reason.otherNetworks'
		});
		await erasePerson({ ...ctx, files }, query);
		const roles = await withSystem(db, (tx) =>
			tx
				.select()
				.from(s.roleAssignments)
				.where(sql`user_id = ${shared.userId}`)
		);
		expect(roles.map((r) => [r.role, r.networkId])).toEqual([['coordinator', other.id]]);
		expect((await findPersonData(ctx, query)).total).toBe(0);
	});

	it('is for coordinators only, and sees only its own network', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		const error = await findPersonData(tenantContext(db, network, member), QUERY).catch((e: unknown) => e);
		expect(isAppError(error, 'forbidden')).toBe(true);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const inOther = tenantContext(
			db,
			other,
			await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] })
		);
		await person(inOther, (await makeOrganisation(db, other.id)).id, NAME, 'frieda.anders@example.org');
		expect(
			(await findPersonData(tenantContext(db, network, coordinator), { email: null, name: 'frieda testperson' })).total
		).toBe(0);
		// Accents and case do not matter for the name.
		expect((await findPersonData(inOther, { email: null, name: 'fríeda testpersón' })).total).toBeGreaterThan(0);
	});
});
