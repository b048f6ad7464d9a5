import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { auditLog } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, memberOrganisationForm as organisationForm, tenantContext } from '$tests/fixtures';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { saveBody } from '$lib/server/domains/bodies/save-body';
import { listAuditLog, type AuditFilter } from './list-audit-log';

const all: AuditFilter = { entity: '', action: '', actor: '', from: '', to: '', q: '', page: 1 };
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe.each(TEST_DATABASE_KINDS)("the coordinator's audit log (%s)", (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('filters by entity, action, person, period and text, pages, and never shows another network', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		const anna = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ben = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const stranger = await makeUser(db, { roles: [{ role: 'coordinator', networkId: other.id }] });
		const byAnna = tenantContext(db, network, anna);
		const byBen = tenantContext(db, network, ben);
		const inOther = tenantContext(db, other, stranger);

		const { id: midwives } = await saveOrganisation(
			byAnna,
			null,
			organisationForm({ name: 'Hebammenpraxis Lindenhof (Beispiel)' })
		);
		await saveOrganisation(
			byBen,
			midwives,
			organisationForm({
				version: '1',
				name: 'Hebammenpraxis Lindenhof (Beispiel)',
				web: 'https://hebammen.example.org'
			})
		);
		const { id: body } = await saveBody(byBen, null, {
			version: 0,
			name: 'Steuerungsgruppe (Beispiel)',
			kind: 'steuerungsgruppe',
			purpose: '',
			external: '',
			organisationIds: [midwives],
			allMembers: false,
			contactIds: [],
			leadContactId: null
		});
		const { id: foreign } = await saveOrganisation(
			inOther,
			null,
			organisationForm({ name: 'Hebammenpraxis Anderswo (Beispiel)' })
		);

		const log = await listAuditLog(byAnna, all);
		expect(log.entries.map((e) => [e.entity, e.action, e.title])).toEqual([
			['body', 'create', 'Steuerungsgruppe (Beispiel)'],
			['organisation', 'update', 'Hebammenpraxis Lindenhof (Beispiel)'],
			['organisation', 'create', 'Hebammenpraxis Lindenhof (Beispiel)']
		]);
		expect(log.entities).toEqual(['body', 'organisation']);
		expect(log.actions).toEqual(['create', 'update']);
		expect(log.actors.map((a) => a.id).sort()).toEqual([anna.userId, ben.userId].sort());
		expect(log.entries.find((e) => e.entity === 'body')!.after).toMatchObject({
			name: 'Steuerungsgruppe (Beispiel)',
			organisationIds: [midwives]
		});

		const only = async (f: Partial<AuditFilter>) =>
			(await listAuditLog(byAnna, { ...all, ...f })).entries.map((e) => `${e.entity}:${e.action}`);
		expect(await only({ entity: 'organisation' })).toEqual(['organisation:update', 'organisation:create']);
		expect(await only({ action: 'create' })).toEqual(['body:create', 'organisation:create']);
		expect(await only({ actor: ben.userId })).toEqual(['body:create', 'organisation:update']);
		expect(await only({ entity: 'organisation', actor: anna.userId })).toEqual(['organisation:create']);
		expect(await only({ q: 'hebammen.example.org' })).toEqual(['organisation:update']);
		expect(await only({ q: body })).toEqual(['body:create']);
		expect(await only({ q: '%' })).toEqual([]); // a % in the search text is a character, not a wildcard
		const now = Date.now();
		expect(
			await only({ from: isoDay(new Date(now - 2 * 86_400_000)), to: isoDay(new Date(now + 2 * 86_400_000)) })
		).toHaveLength(3);
		expect(await only({ to: '2020-12-31' })).toEqual([]);
		expect(await only({ from: isoDay(new Date(now + 3 * 86_400_000)) })).toEqual([]);
		expect(await listAuditLog(byAnna, { ...all, page: 2 })).toMatchObject({ total: 3, pageCount: 1, entries: [] });

		// Another network's entries: not in the list, not by text or id, not among the filter choices.
		expect(await only({ q: 'Anderswo' })).toEqual([]);
		expect(await only({ q: foreign })).toEqual([]);
		expect(log.actors.map((a) => a.id)).not.toContain(stranger.userId);
		expect((await listAuditLog(inOther, all)).entries.map((e) => e.entityId)).toEqual([foreign]);

		// Only the coordination reads the log.
		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		await expect(listAuditLog(tenantContext(db, network, member), all)).rejects.toSatisfy((e) =>
			isAppError(e, 'forbidden')
		);
		await expect(listAuditLog(tenantContext(db, network, stranger), all)).rejects.toSatisfy((e) =>
			isAppError(e, 'forbidden')
		);
	});

	it('reads the period as Berlin calendar days, also in summer time', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const anna = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const entry = (entityId: string, at: string) => ({
			networkId: network.id,
			actorUserId: anna.userId,
			action: 'update',
			entity: 'organisation',
			entityId,
			at: new Date(at)
		});
		await withSystem(db, (tx) =>
			tx.insert(auditLog).values([
				entry('before-midnight', '2025-07-14T21:30:00Z'), // 14 July, 23:30 in Berlin
				entry('after-midnight', '2025-07-14T22:30:00Z'), // 15 July, 00:30 in Berlin
				entry('next-day', '2025-07-15T22:30:00Z') // 16 July, 00:30 in Berlin
			])
		);
		const ids = async (f: Partial<AuditFilter>) =>
			(await listAuditLog(tenantContext(db, network, anna), { ...all, ...f })).entries.map((e) => e.entityId);
		expect(await ids({ from: '2025-07-15', to: '2025-07-15' })).toEqual(['after-midnight']);
		expect(await ids({ to: '2025-07-14' })).toEqual(['before-midnight']);
		expect(await ids({ from: '2025-07-16' })).toEqual(['next-day']);
	});
});
