import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database, Tx } from '$lib/server/db/client';
import { rowsOf, withSystem } from '$lib/server/db/scope';
import * as s from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import type { Actor } from '$lib/server/domains/shared/actor';
import { inviteContact } from '$lib/server/domains/accounts/invite-contact';
import { saveVersion } from '$lib/server/domains/agreements/save-version';
import { recordSignature } from '$lib/server/domains/agreements/record-signature';
import { sendForSignature } from '$lib/server/domains/agreements/send-for-signature';
import { localFileStore } from '$lib/server/domains/documents/local-file-store';
import { uploadDocument } from '$lib/server/domains/documents/upload-document';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { saveMeeting } from '$lib/server/domains/bodies/save-meeting';
import {
	bodySchema,
	meetingSchema,
	type BodyInput,
	type MeetingInput
} from '$lib/server/domains/bodies/meeting-schema';
import type { MinutesInput } from '$lib/server/domains/bodies/minutes-schema';
import { saveMinutes } from '$lib/server/domains/bodies/save-minutes';
import { offerToFormValues } from '$lib/server/domains/offers/offer-form-values';
import { offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { proposeOfferChange } from '$lib/server/domains/offers/propose-offer-change';
import { saveOffer } from '$lib/server/domains/offers/save-offer';
import { contactSchema, type ContactInput } from '$lib/server/domains/organisations/contact-schema';
import { saveContact } from '$lib/server/domains/organisations/save-contact';
import { tenantForeignKeys as tenantKeysInCatalog } from '$tests/tenant-keys';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { updateOwnOrganisation } from '$lib/server/domains/organisations/organisation-profile';
import {
	memberOrganisationSchema,
	organisationProfileSchema,
	type MemberOrganisationInput,
	type OrganisationProfileInput
} from '$lib/server/domains/organisations/organisation-schema';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function parsed<T>(schema: Parameters<typeof parseWith>[0], values: Record<string, unknown>): T {
	const result = parseWith(schema, values);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.data as T;
}

const offerInput = (values: Record<string, unknown>) =>
	parsed<OfferFormInput>(offerFormSchema, {
		...offerToFormValues(null, [], 'Musterstadt'),
		lifeStages: ['0-1'],
		title: 'Zwillingstreff (Beispiel)',
		summary: 'Austausch für Eltern von Zwillingen.',
		status: 'draft',
		...values
	});
const profile = {
	version: '0',
	name: 'Neue Praxis (Beispiel)',
	description: '',
	street: '',
	postcode: '',
	city: '',
	phone: '',
	email: '',
	web: '',
	districtIds: [] as string[]
};
const organisationInput = (values: Record<string, unknown>) =>
	parsed<MemberOrganisationInput>(memberOrganisationSchema, {
		...profile,
		partnerCategoryId: '',
		membershipStatus: '',
		statusDate: '',
		statusNote: '',
		listedPublicly: false,
		...values
	});
const bodyInput = (values: Record<string, unknown>) =>
	parsed<BodyInput>(bodySchema, {
		version: '0',
		name: 'AG Neu (Beispiel)',
		kind: 'arbeitsgruppe',
		purpose: '',
		external: '',
		organisationIds: [],
		contactIds: [],
		...values
	});
const meetingInput = () =>
	parsed<MeetingInput>(meetingSchema, {
		version: '0',
		title: 'Sitzung (Beispiel)',
		day: '2030-06-01',
		start: '15:00',
		end: '17:00',
		place: 'Rathaus',
		onlineUrl: ''
	});
const contactInput = () =>
	parsed<ContactInput>(contactSchema, {
		version: '0',
		name: 'Neue Person (Beispiel)',
		role: '',
		phone: '',
		email: '',
		visibility: 'coordination',
		consentAt: '',
		consentMethod: '',
		consentRevokedAt: ''
	});

/** One row in every tenant table, so every reference has something to point at (version numbers differ so a moved version clashes with no unique index). */
async function seedNetwork(tx: Tx, networkId: string, tag: string, versionNumber: number) {
	const [district] = await tx
		.insert(s.districts)
		.values({ networkId, name: `Stadtteil ${tag}` })
		.returning();
	const [topic] = await tx
		.insert(s.topics)
		.values({ networkId, slug: `thema-${tag}`, name: `Thema ${tag}` })
		.returning();
	const [category] = await tx
		.insert(s.partnerCategories)
		.values({ networkId, name: `Kategorie ${tag}` })
		.returning();
	const [org] = await tx
		.insert(s.organisations)
		.values({
			networkId,
			name: `Familienbüro ${tag} (Beispiel)`,
			partnerCategoryId: category!.id,
			districtIds: [district!.id]
		})
		.returning();
	const [contact] = await tx
		.insert(s.contacts)
		.values({ networkId, organisationId: org!.id, name: `Erika Beispiel ${tag}`, email: `erika.${tag}@example.org` })
		.returning();
	await tx
		.insert(s.membershipEvents)
		.values({ networkId, organisationId: org!.id, status: 'mitglied', validFrom: '2026-01-01' });
	const [offer] = await tx
		.insert(s.offers)
		.values({
			networkId,
			organisationId: org!.id,
			title: `Babytreff ${tag}`,
			offerType: 'gruppe',
			status: 'published',
			topics: [topic!.slug]
		})
		.returning();
	await tx.insert(s.offerLocations).values({ networkId, offerId: offer!.id, districtId: district!.id });
	await tx
		.insert(s.offerVersions)
		.values({ networkId, offerId: offer!.id, data: {}, state: 'applied', baseVersion: 1 });
	await tx
		.insert(s.offerConfirmations)
		.values({ id: randomUUID(), networkId, offerId: offer!.id, expiresAt: new Date('2030-01-01T00:00:00Z') });
	const [body] = await tx
		.insert(s.bodies)
		.values({ networkId, name: `Arbeitsgruppe ${tag}`, kind: 'arbeitsgruppe', leadContactId: contact!.id })
		.returning();
	await tx.insert(s.bodyMembers).values({ networkId, bodyId: body!.id, organisationId: org!.id });
	await tx.insert(s.bodyContacts).values({ networkId, bodyId: body!.id, contactId: contact!.id });
	const [meeting] = await tx
		.insert(s.meetings)
		.values({
			networkId,
			bodyId: body!.id,
			title: `Sitzung ${tag}`,
			startsAt: new Date('2030-05-01T13:00:00Z'),
			endsAt: new Date('2030-05-01T15:00:00Z')
		})
		.returning();
	const [invitation] = await tx
		.insert(s.meetingInvitations)
		.values({
			networkId,
			meetingId: meeting!.id,
			contactId: contact!.id,
			name: contact!.name,
			email: contact!.email,
			tokenHashes: [randomUUID()],
			expiresAt: new Date('2030-05-02T00:00:00Z')
		})
		.returning();
	await tx.insert(s.meetingAttendance).values({
		networkId,
		meetingId: meeting!.id,
		invitationId: invitation!.id,
		contactId: contact!.id,
		organisationId: org!.id,
		name: contact!.name
	});
	await tx
		.insert(s.populationFigures)
		.values({ networkId, districtId: district!.id, year: 2020 + versionNumber, children0to3: 100 });
	await tx
		.insert(s.tasks)
		.values({ networkId, bodyId: body!.id, meetingId: meeting!.id, title: 'Flyer', ownerContactId: contact!.id });
	const [event] = await tx
		.insert(s.events)
		.values({
			networkId,
			organisationId: org!.id,
			kind: 'kurs',
			audience: 'familien',
			title: `Babymassage ${tag}`,
			capacity: 10,
			status: 'published'
		})
		.returning();
	const [session] = await tx
		.insert(s.eventSessions)
		.values({
			networkId,
			eventId: event!.id,
			startsAt: new Date('2030-06-01T08:00:00Z'),
			endsAt: new Date('2030-06-01T09:00:00Z')
		})
		.returning();
	await tx.insert(s.eventQuestions).values({ networkId, eventId: event!.id, label: 'Alter des Babys?', kind: 'text' });
	const [registration] = await tx
		.insert(s.eventRegistrations)
		.values({
			networkId,
			eventId: event!.id,
			// Arrival numbers are unique per event: different ones per network let the cross-network
			// update below reach the foreign key check.
			number: 100 + versionNumber,
			status: 'registered',
			name: `Mara Beispiel ${tag}`,
			email: `mara.${tag}@example.org`
		})
		.returning();
	await tx
		.insert(s.eventAttendance)
		.values({ networkId, registrationId: registration!.id, sessionId: session!.id, present: true });
	await tx.insert(s.eventCertificates).values({ code: `TEST-${tag}`.toUpperCase(), networkId, eventId: event!.id });
	await tx.insert(s.eventFeedback).values({ networkId, eventId: event!.id, rating: 5, createdOn: '2030-06-02' });
	await tx.insert(s.contactRequests).values({
		networkId,
		offerId: offer!.id,
		organisationId: org!.id,
		name: `Lea Beispiel ${tag}`,
		phone: '0151 2345 6789'
	});
	await tx.insert(s.documents).values({
		networkId,
		bodyId: body!.id,
		meetingId: meeting!.id,
		title: 'Einladung',
		fileName: 'einladung.pdf',
		contentType: 'application/pdf',
		byteSize: 1,
		storageKey: `${networkId}/documents/${randomUUID()}`
	});
	const [agreement] = await tx
		.insert(s.agreements)
		.values({ networkId, kind: 'kooperationsvereinbarung', title: `Kooperationsvereinbarung ${tag}` })
		.returning();
	const [version] = await tx
		.insert(s.agreementVersions)
		.values({
			networkId,
			agreementId: agreement!.id,
			number: versionNumber,
			text: 'Wir arbeiten zusammen.',
			adoptedOn: '2026-01-01',
			sentAt: new Date('2026-01-02T00:00:00Z')
		})
		.returning();
	await tx
		.insert(s.agreementSignatures)
		.values({ networkId, versionId: version!.id, organisationId: org!.id, tokenHashes: [randomUUID()] });
	return {
		district: district!.id,
		topic: topic!.slug,
		category: category!.id,
		org: org!.id,
		contact: contact!.id,
		contactEmail: contact!.email,
		offer: offer!.id,
		body: body!.id,
		meeting: meeting!.id,
		agreement: agreement!.id,
		version: version!.id
	};
}
type Seeded = Awaited<ReturnType<typeof seedNetwork>>;

type Fixture = {
	home: Seeded;
	other: Seeded;
	homeId: string;
	coordinator: ReturnType<typeof tenantContext> & {
		baseUrl: string;
		files: ReturnType<typeof localFileStore>;
		maxUploadBytes: number;
	};
	provider: ReturnType<typeof tenantContext>;
};

type Expected = { code: 'validation'; field: string } | { code: 'not_found' };
type Case = {
	name: string;
	attempt: (f: Fixture) => Promise<unknown>;
	expected: Expected;
	/** Rows of the home network that would carry the foreign id (or the attempted change) if it had been stored. */
	stored: (f: Fixture) => SQL;
};

/** Every reference a form or link can carry, with another network's id in it. */
const CASES: Case[] = [
	{
		name: 'offer location district (coordinator)',
		attempt: (f) =>
			saveOffer(
				f.coordinator,
				null,
				offerInput({ 'loc0-street': 'Beispielweg 3', 'loc0-districtId': f.other.district })
			),
		expected: { code: 'validation', field: 'loc0-districtId' },
		stored: (f) =>
			sql`select count(*)::int as n from offers where network_id = ${f.homeId} and title = 'Zwillingstreff (Beispiel)'`
	},
	{
		name: 'second offer location district',
		attempt: (f) =>
			saveOffer(
				f.coordinator,
				null,
				offerInput({
					'loc0-street': 'Beispielweg 3',
					'loc0-districtId': f.home.district,
					'loc1-street': 'Musterstraße 1',
					'loc1-districtId': f.other.district
				})
			),
		expected: { code: 'validation', field: 'loc1-districtId' },
		stored: (f) =>
			sql`select count(*)::int as n from offer_locations where network_id = ${f.homeId} and district_id = ${f.other.district}`
	},
	{
		name: 'offer organisation',
		attempt: (f) => saveOffer(f.coordinator, null, offerInput({ organisationId: f.other.org })),
		expected: { code: 'validation', field: 'organisationId' },
		stored: (f) =>
			sql`select count(*)::int as n from offers where network_id = ${f.homeId} and organisation_id = ${f.other.org}`
	},
	{
		name: 'offer topic',
		attempt: (f) => saveOffer(f.coordinator, null, offerInput({ topics: [f.other.topic] })),
		expected: { code: 'validation', field: 'topics' },
		stored: (f) =>
			sql`select count(*)::int as n from offers where network_id = ${f.homeId} and title = 'Zwillingstreff (Beispiel)'`
	},
	{
		name: 'another network’s offer (update)',
		attempt: (f) => saveOffer(f.coordinator, f.other.offer, offerInput({ version: '1' })),
		expected: { code: 'not_found' },
		stored: (f) =>
			sql`select count(*)::int as n from offers where id = ${f.other.offer} and title = 'Zwillingstreff (Beispiel)'`
	},
	{
		name: 'offer location district in a provider’s proposed change',
		attempt: (f) =>
			proposeOfferChange(
				f.provider,
				f.home.offer,
				offerInput({ version: '1', 'loc0-street': 'Beispielweg 3', 'loc0-districtId': f.other.district })
			),
		expected: { code: 'validation', field: 'loc0-districtId' },
		stored: (f) =>
			sql`select count(*)::int as n from offer_versions where network_id = ${f.homeId} and data::text like ${'%' + f.other.district + '%'}`
	},
	{
		name: 'organisation partner category',
		attempt: (f) => saveOrganisation(f.coordinator, null, organisationInput({ partnerCategoryId: f.other.category })),
		expected: { code: 'validation', field: 'partnerCategoryId' },
		stored: (f) =>
			sql`select count(*)::int as n from organisations where network_id = ${f.homeId} and name = 'Neue Praxis (Beispiel)'`
	},
	{
		name: 'organisation districts (coordinator)',
		attempt: (f) =>
			saveOrganisation(f.coordinator, null, organisationInput({ districtIds: [f.home.district, f.other.district] })),
		expected: { code: 'validation', field: 'districtIds' },
		stored: (f) =>
			sql`select count(*)::int as n from organisations where network_id = ${f.homeId} and name = 'Neue Praxis (Beispiel)'`
	},
	{
		name: 'organisation districts (provider profile)',
		attempt: (f) =>
			updateOwnOrganisation(
				f.provider,
				parsed<OrganisationProfileInput>(organisationProfileSchema, {
					...profile,
					version: '1',
					name: 'Familienbüro heim (Beispiel)',
					districtIds: [f.other.district]
				})
			),
		expected: { code: 'validation', field: 'districtIds' },
		stored: (f) =>
			sql`select count(*)::int as n from organisations where network_id = ${f.homeId} and ${f.other.district} = any(district_ids)`
	},
	{
		name: 'contact of another network’s organisation',
		attempt: (f) => saveContact(f.coordinator, f.other.org, null, contactInput()),
		expected: { code: 'not_found' },
		stored: () => sql`select count(*)::int as n from contacts where name = 'Neue Person (Beispiel)'`
	},
	{
		name: 'login for another network’s contact',
		attempt: (f) => inviteContact(f.coordinator, f.other.contact, 'member'),
		expected: { code: 'not_found' },
		stored: (f) => sql`select count(*)::int as n from users where lower(email) = ${f.other.contactEmail}`
	},
	{
		name: 'body member organisation',
		attempt: (f) => saveBody(f.coordinator, null, bodyInput({ organisationIds: [f.home.org, f.other.org] })),
		expected: { code: 'validation', field: 'organisationIds' },
		stored: (f) =>
			sql`select count(*)::int as n from bodies where network_id = ${f.homeId} and name = 'AG Neu (Beispiel)'`
	},
	{
		name: 'body single person',
		attempt: (f) => saveBody(f.coordinator, null, bodyInput({ contactIds: [f.other.contact] })),
		expected: { code: 'validation', field: 'contactIds' },
		stored: (f) =>
			sql`select count(*)::int as n from bodies where network_id = ${f.homeId} and name = 'AG Neu (Beispiel)'`
	},
	{
		name: 'body lead',
		attempt: (f) => saveBody(f.coordinator, null, bodyInput({ leadContactId: f.other.contact })),
		expected: { code: 'validation', field: 'leadContactId' },
		stored: (f) =>
			sql`select count(*)::int as n from bodies where network_id = ${f.homeId} and name = 'AG Neu (Beispiel)'`
	},
	{
		name: 'meeting of another network’s body',
		attempt: (f) => saveMeeting(f.coordinator, f.other.body, null, meetingInput()),
		expected: { code: 'not_found' },
		stored: () => sql`select count(*)::int as n from meetings where title = 'Sitzung (Beispiel)'`
	},
	{
		name: 'minutes and tasks of another network’s meeting',
		attempt: (f) =>
			saveMinutes(f.coordinator, f.home.body, f.other.meeting, {
				minutes: 'Beschluss',
				'task-0-title': 'Neue Aufgabe'
			} as unknown as MinutesInput),
		expected: { code: 'not_found' },
		stored: () => sql`select count(*)::int as n from tasks where title = 'Neue Aufgabe'`
	},
	{
		name: 'document body',
		attempt: (f) =>
			uploadDocument(
				f.coordinator,
				{ title: 'Protokoll (Beispiel)', access: 'body', bodyId: f.other.body, meetingId: null },
				{ data: PDF, name: 'protokoll.pdf' }
			),
		expected: { code: 'validation', field: 'bodyId' },
		stored: () => sql`select count(*)::int as n from documents where title = 'Protokoll (Beispiel)'`
	},
	{
		name: 'document meeting',
		attempt: (f) =>
			uploadDocument(
				f.coordinator,
				{ title: 'Protokoll (Beispiel)', access: 'body', bodyId: f.home.body, meetingId: f.other.meeting },
				{ data: PDF, name: 'protokoll.pdf' }
			),
		expected: { code: 'not_found' },
		stored: () => sql`select count(*)::int as n from documents where title = 'Protokoll (Beispiel)'`
	},
	{
		name: 'signature of another network’s organisation',
		attempt: (f) =>
			recordSignature(
				f.coordinator,
				f.home.agreement,
				f.home.version,
				{ outcome: 'declined', organisationId: f.other.org, reason: '' },
				null
			),
		expected: { code: 'validation', field: 'organisationId' },
		stored: (f) =>
			sql`select count(*)::int as n from agreement_signatures where network_id = ${f.homeId} and organisation_id = ${f.other.org}`
	},
	{
		name: 'signature on another network’s agreement version',
		attempt: (f) =>
			recordSignature(
				f.coordinator,
				f.other.agreement,
				f.other.version,
				{ outcome: 'declined', organisationId: f.home.org, reason: '' },
				null
			),
		expected: { code: 'not_found' },
		stored: (f) =>
			sql`select count(*)::int as n from agreement_signatures where organisation_id = ${f.home.org} and version_id = ${f.other.version}`
	},
	{
		name: 'sending another network’s agreement version',
		attempt: (f) => sendForSignature(f.coordinator, f.other.agreement, f.other.version),
		expected: { code: 'not_found' },
		stored: (f) =>
			sql`select count(*)::int as n from agreement_signatures where network_id = ${f.homeId} and version_id = ${f.other.version}`
	},
	{
		name: 'new version of another network’s agreement',
		attempt: (f) =>
			saveVersion(
				f.coordinator,
				f.other.agreement,
				null,
				{ version: 0, text: 'Neue Fassung', adoptedOn: '2026-02-01' },
				null
			),
		expected: { code: 'not_found' },
		stored: () => sql`select count(*)::int as n from agreement_versions where text = 'Neue Fassung'`
	}
];

describe.each(TEST_DATABASE_KINDS)('ids of another network (%s)', (kind) => {
	let database: Database;
	let f: Fixture;
	let filesDir: string;

	beforeAll(async () => {
		database = await createTestDatabase(kind);
		const db = database.db;
		const home = await makeNetwork(db);
		const other = await makeNetwork(db);
		const seeded = await withSystem(db, async (tx) => ({
			home: await seedNetwork(tx, home.id, 'heim', 1),
			other: await seedNetwork(tx, other.id, 'fremd', 2)
		}));
		const coordinator: Actor = await makeUser(db, { roles: [{ role: 'coordinator', networkId: home.id }] });
		const provider: Actor = await makeUser(db, {
			roles: [{ role: 'provider', networkId: home.id, organisationId: seeded.home.org }]
		});
		await makeUser(db, { roles: [{ role: 'provider', networkId: other.id, organisationId: seeded.other.org }] });
		filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nfh-foreign-'));
		f = {
			...seeded,
			homeId: home.id,
			coordinator: {
				...tenantContext(db, home, coordinator),
				baseUrl: 'http://localhost',
				files: localFileStore(filesDir),
				maxUploadBytes: 1024 * 1024
			},
			provider: tenantContext(db, home, provider)
		};
	});
	afterAll(async () => {
		await database?.close();
		if (filesDir) fs.rmSync(filesDir, { recursive: true, force: true });
	});

	it.each(CASES)('refuses $name with a message for the field and stores nothing', async (c) => {
		const error = await c.attempt(f).then(
			() => null,
			(e: unknown) => e
		);
		const answer = isAppError(error)
			? {
					code: error.code,
					...(error.code === 'validation' ? { field: error.details.field, message: error.details.message } : {})
				}
			: { code: String(error) };
		expect(answer).toEqual(
			c.expected.code === 'validation' ? { ...c.expected, message: 'error.notInNetwork' } : c.expected
		);
		const [row] = await withSystem(database.db, async (tx) => rowsOf<{ n: number }>(await tx.execute(c.stored(f))));
		expect(row?.n).toBe(0);
	});

	/** Foreign keys between two tables that both have network_id, with their columns other than network_id. */
	async function tenantForeignKeys() {
		return (await tenantKeysInCatalog(database.db)).map((k) => ({
			...k,
			columns: k.columns.filter((c) => c !== 'network_id')
		}));
	}

	it('the database itself refuses a row of one network that points at a row of another', async () => {
		const keys = await tenantForeignKeys();
		expect(keys.length).toBeGreaterThanOrEqual(25);
		const accepted: string[] = [];
		for (const key of keys) {
			const column = key.columns[0]!;
			const outcome = await withSystem(database.db, async (tx) => {
				// By row address: not every table has an id column (attendance, certificates).
				const [source] = rowsOf<{ id: string }>(
					await tx.execute(
						sql`select ctid::text as id from ${sql.identifier(key.source)} where network_id = ${f.homeId} limit 1`
					)
				);
				const [target] = rowsOf<{ id: string }>(
					await tx.execute(
						sql`select id::text from ${sql.identifier(key.target)} where network_id <> ${f.homeId} limit 1`
					)
				);
				if (!source || !target) return `no rows to try in ${key.source} or ${key.target}`;
				await tx.execute(
					sql`update ${sql.identifier(key.source)} set ${sql.identifier(column)} = ${target.id} where ctid = ${source.id}::tid`
				);
				throw new Rollback('stored'); // keep the rows as seeded for the next key
			}).catch((e: unknown) =>
				e instanceof Rollback
					? e.value
					: pgCode(e) === '23503'
						? 'refused'
						: `failed: ${pgCode(e)} ${String((e as { cause?: unknown }).cause ?? e)}`
			);
			if (outcome !== 'refused') accepted.push(`${key.source}.${column} → ${key.target}: ${outcome}`);
		}
		expect(accepted).toEqual([]);
	});

	it('deleting a referenced row keeps the referencing row in its network (ON DELETE SET NULL only clears the reference)', async () => {
		const keys = (await tenantForeignKeys()).filter((k) => k.ondelete === 'n');
		expect(keys.map((k) => `${k.source}.${k.columns[0]}`).sort()).toEqual([
			'bodies.lead_contact_id',
			'contact_requests.organisation_id',
			'events.organisation_id',
			'meeting_attendance.contact_id',
			'meeting_attendance.invitation_id',
			'meeting_attendance.organisation_id',
			'meeting_invitations.contact_id',
			'offer_locations.district_id',
			'offers.organisation_id',
			'organisations.partner_category_id',
			'tasks.owner_contact_id'
		]);
		for (const key of keys) {
			const column = key.columns[0]!;
			const result = await withSystem(database.db, async (tx) => {
				const [source] = rowsOf<{ id: string; ref: string }>(
					await tx.execute(
						sql`select id::text, ${sql.identifier(column)}::text as ref from ${sql.identifier(key.source)} where network_id = ${f.homeId} and ${sql.identifier(column)} is not null limit 1`
					)
				);
				await tx.execute(sql`delete from ${sql.identifier(key.target)} where id = ${source!.ref}`);
				const [after] = rowsOf<{ network_id: string; ref: string | null }>(
					await tx.execute(
						sql`select network_id::text, ${sql.identifier(column)}::text as ref from ${sql.identifier(key.source)} where id = ${source!.id}`
					)
				);
				throw new Rollback({ table: key.source, networkId: after?.network_id, ref: after?.ref ?? null });
			}).catch((e: unknown) => (e instanceof Rollback ? e.value : { table: key.source, error: String(e) }));
			expect(result).toEqual({ table: key.source, networkId: f.homeId, ref: null });
		}
	});
});

class Rollback extends Error {
	constructor(readonly value: unknown) {
		super('rollback');
	}
}

/** The SQLSTATE of a database error on either driver (drizzle may wrap it). */
function pgCode(e: unknown): string | undefined {
	for (let cur: unknown = e; cur && typeof cur === 'object'; cur = (cur as { cause?: unknown }).cause) {
		const code = (cur as { code?: unknown }).code;
		if (typeof code === 'string') return code;
	}
	return undefined;
}
