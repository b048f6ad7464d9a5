import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { parseWith } from '$lib/server/http/forms';
import { makeNetwork, makeUser, memberOrganisationForm as form, tenantContext } from '$tests/fixtures';
import { memberOrganisationSchema } from './organisation-schema';
import { getOrganisation } from './get-organisation';
import { listOrganisations } from './list-organisations';
import { listPublicMembers } from './list-public-members';
import { saveOrganisation } from './save-organisation';
import { DEFAULT_PARTNER_CATEGORIES } from './partner-categories';

describe('organisation form', () => {
	it('refuses a bad e-mail, an unknown status and an invalid date with message keys', () => {
		const parsed = parseWith(memberOrganisationSchema, {
			version: '0',
			name: 'X',
			description: '',
			street: '',
			postcode: '',
			city: '',
			phone: '',
			email: 'kein-at',
			web: '',
			districtIds: [],
			partnerCategoryId: '',
			membershipStatus: 'vielleicht',
			statusDate: '2026-13-45',
			statusNote: '',
			listedPublicly: false
		});
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.errors).toMatchObject({
				email: 'error.emailInvalid',
				membershipStatus: 'error.choose',
				statusDate: 'error.dateInvalid'
			});
	});
});

describe.each(TEST_DATABASE_KINDS)('organisations and membership (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('keeps a dated membership history, refuses duplicate names and lists only consenting members publicly', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const { categories } = await getOrganisation(ctx, null);
		expect(categories.map((c) => c.name)).toEqual([...DEFAULT_PARTNER_CATEGORIES]);
		const midwives = categories.find((c) => c.name === 'Hebammen und Familienhebammen')!.id;

		const { id } = await saveOrganisation(
			ctx,
			null,
			form({
				name: 'Hebammenpraxis Lindenhof (Beispiel)',
				partnerCategoryId: midwives,
				membershipStatus: 'angefragt',
				statusDate: '2025-11-03',
				listedPublicly: true
			})
		);
		expect(await listPublicMembers(tenantContext(db, network, null))).toEqual([]); // only members and partners are listed
		await saveOrganisation(
			ctx,
			id,
			form({
				version: '1',
				name: 'Hebammenpraxis Lindenhof (Beispiel)',
				partnerCategoryId: midwives,
				membershipStatus: 'mitglied',
				statusDate: '2026-02-01',
				statusNote: 'Vereinbarung unterschrieben',
				listedPublicly: true
			})
		);
		const loaded = await getOrganisation(ctx, id);
		expect(loaded.history.map((e) => [e.status, e.validFrom, e.note])).toEqual([
			['mitglied', '2026-02-01', 'Vereinbarung unterschrieben'],
			['angefragt', '2025-11-03', '']
		]);
		await expect(saveOrganisation(ctx, id, form({ version: '1', name: 'Veraltet' }))).rejects.toSatisfy((e) =>
			isAppError(e, 'conflict')
		);
		await saveOrganisation(
			ctx,
			null,
			form({ name: 'Stille Partnerin (Beispiel)', membershipStatus: 'mitglied', listedPublicly: false })
		);
		await expect(saveOrganisation(ctx, null, form({ name: 'hebammenpraxis lindenhof (beispiel)' }))).rejects.toSatisfy(
			(e) => isAppError(e, 'validation')
		);

		expect(await listPublicMembers(tenantContext(db, network, null))).toEqual([
			{
				category: 'Hebammen und Familienhebammen',
				members: [{ name: 'Hebammenpraxis Lindenhof (Beispiel)', web: '', partner: false, contacts: [] }]
			}
		]);
		expect(await listPublicMembers(tenantContext(db, other, null))).toEqual([]);
		expect((await listOrganisations(ctx, { q: '', category: midwives, status: '' })).rows.map((r) => r.name)).toEqual([
			'Hebammenpraxis Lindenhof (Beispiel)'
		]);
		expect((await listOrganisations(ctx, { q: 'stille', category: '', status: 'mitglied' })).rows).toHaveLength(1);
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		await expect(
			listOrganisations(tenantContext(db, network, member), { q: '', category: '', status: '' })
		).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
	});
});
