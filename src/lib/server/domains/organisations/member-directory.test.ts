import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, memberOrganisationForm as form, tenantContext } from '$tests/fixtures';
import { getOrganisation } from './get-organisation';
import { listPublicMembers } from './list-public-members';
import { saveOrganisation } from './save-organisation';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { contactSchema } from './contact-schema';
import { memberDirectory } from './member-directory';
import { saveContact } from './save-contact';

describe.each(TEST_DATABASE_KINDS)('contact visibility (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('shows a contact only where its visibility and consent allow: public page, members, providers, coordination, other networks', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const coord = tenantContext(db, network, coordinator);
		const { id: org } = await saveOrganisation(
			coord,
			null,
			form({ name: 'Familienzentrum Beispiel', membershipStatus: 'mitglied', listedPublicly: true })
		);
		const base = {
			version: 0,
			role: 'Leitung',
			phone: '',
			email: '',
			consentAt: '',
			consentMethod: '' as const,
			consentRevokedAt: ''
		};
		await saveContact(coord, org, null, {
			...base,
			name: 'Öffentliche Person',
			visibility: 'public',
			consentAt: '2026-01-10',
			consentMethod: 'schriftlich',
			email: 'oeffentlich@example.org'
		});
		await saveContact(coord, org, null, {
			...base,
			name: 'Netzwerk Person',
			visibility: 'network',
			consentAt: '2026-01-10',
			consentMethod: 'email'
		});
		await saveContact(coord, org, null, { ...base, name: 'Interne Person', visibility: 'coordination' });
		const { id: revoked } = await saveContact(coord, org, null, {
			...base,
			name: 'Widerrufene Person',
			visibility: 'public',
			consentAt: '2025-05-01',
			consentMethod: 'online'
		});
		await saveContact(coord, org, revoked, {
			...base,
			version: 1,
			name: 'Widerrufene Person',
			visibility: 'public',
			consentAt: '2025-05-01',
			consentMethod: 'online',
			consentRevokedAt: '2026-02-01'
		});
		expect(
			contactSchema.safeParse({ ...base, version: '0', name: 'Ohne Einwilligung', visibility: 'network' }).success
		).toBe(false);

		const names = (entries: { contacts: { name: string }[] }[]) =>
			entries.flatMap((e) => e.contacts.map((c) => c.name)).sort();
		const publicPage = await listPublicMembers(tenantContext(db, network, null));
		expect(publicPage.flatMap((g) => g.members.flatMap((m) => m.contacts.map((c) => c.name)))).toEqual([
			'Öffentliche Person'
		]);
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		expect(
			names(
				(await memberDirectory(tenantContext(db, network, member), { q: '', category: '', district: '', body: '' }))
					.entries
			)
		).toEqual(['Netzwerk Person', 'Öffentliche Person']);
		const provider = await makeUser(db, { roles: [{ role: 'provider', networkId: network.id, organisationId: org }] });
		expect(
			names(
				(await memberDirectory(tenantContext(db, network, provider), { q: '', category: '', district: '', body: '' }))
					.entries
			)
		).toEqual(['Netzwerk Person', 'Öffentliche Person']);
		expect(names((await memberDirectory(coord, { q: '', category: '', district: '', body: '' })).entries)).toEqual([
			'Interne Person',
			'Netzwerk Person',
			'Widerrufene Person',
			'Öffentliche Person'
		]);
		const outsider = await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		await expect(
			memberDirectory(tenantContext(db, network, outsider), { q: '', category: '', district: '', body: '' })
		).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
		expect(
			(await memberDirectory(tenantContext(db, other, outsider), { q: '', category: '', district: '', body: '' }))
				.entries
		).toEqual([]);
		expect(await listPublicMembers(tenantContext(db, other, null))).toEqual([]);
		await expect(
			memberDirectory(tenantContext(db, network, null), { q: '', category: '', district: '', body: '' })
		).rejects.toSatisfy((e) => isAppError(e, 'unauthenticated'));

		// Filter by body: the listed organisations, or all members for an "all members" body.
		await saveOrganisation(
			coord,
			null,
			form({ name: 'Kita Beispiel', membershipStatus: 'mitglied', listedPublicly: false })
		);
		const { id: group } = await saveBody(coord, null, {
			version: 0,
			name: 'AG Familienzentren',
			kind: 'arbeitsgruppe',
			purpose: '',
			external: '',
			organisationIds: [org],
			allMembers: false,
			contactIds: [],
			leadContactId: null
		});
		const { id: conference } = await saveBody(coord, null, {
			version: 0,
			name: 'Netzwerkkonferenz',
			kind: 'netzwerkkonferenz',
			purpose: '',
			external: '',
			organisationIds: [],
			allMembers: true,
			contactIds: [],
			leadContactId: null
		});
		const orgNames = async (body: string) =>
			(
				await memberDirectory(tenantContext(db, network, member), { q: '', category: '', district: '', body })
			).entries.map((e) => e.name);
		expect(await orgNames(group)).toEqual(['Familienzentrum Beispiel']);
		expect((await orgNames(conference)).sort()).toEqual(['Familienzentrum Beispiel', 'Kita Beispiel']);
		expect((await getOrganisation(coord, org)).memberOf.map((b) => b.name)).toEqual([
			'AG Familienzentren',
			'Netzwerkkonferenz'
		]);
	});
});
