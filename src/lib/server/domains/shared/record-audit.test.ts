import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, memberOrganisationForm as organisationForm, tenantContext } from '$tests/fixtures';
import { saveOrganisation } from '$lib/server/domains/organisations/save-organisation';
import { listAuditLog, type AuditFilter } from '../privacy/list-audit-log';

const all: AuditFilter = { entity: '', action: '', actor: '', from: '', to: '', q: '', page: 1 };

describe.each(TEST_DATABASE_KINDS)('audit log (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('records who changed what in which network, with the values before and after', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const coordinator = await makeUser(db, {
			email: 'koordination-audit@example.org',
			roles: [{ role: 'coordinator', networkId: network.id }]
		});
		const ctx = tenantContext(db, network, coordinator);

		const { id } = await saveOrganisation(
			ctx,
			null,
			organisationForm({
				name: 'Familienzentrum Ahornweg (Beispiel)',
				city: 'Musterstadt',
				membershipStatus: 'angefragt'
			})
		);
		let log = await listAuditLog(ctx, all);
		expect(log.total).toBe(1);
		const created = log.entries[0]!;
		expect(created).toMatchObject({
			action: 'create',
			entity: 'organisation',
			entityId: id,
			actorName: coordinator.name,
			actorEmail: 'koordination-audit@example.org',
			title: 'Familienzentrum Ahornweg (Beispiel)',
			before: null
		});
		expect(created.after).toMatchObject({
			id,
			networkId: network.id,
			name: 'Familienzentrum Ahornweg (Beispiel)',
			city: 'Musterstadt',
			membershipStatus: 'angefragt'
		});

		await saveOrganisation(
			ctx,
			id,
			organisationForm({
				version: '1',
				name: 'Familienzentrum Ahornweg e. V. (Beispiel)',
				city: 'Musterstadt',
				phone: '0123 4567',
				membershipStatus: 'mitglied'
			})
		);
		log = await listAuditLog(ctx, all);
		expect(log.entries.map((e) => e.action)).toEqual(['update', 'create']); // newest first
		const updated = log.entries[0]!;
		expect(updated.before).toMatchObject({
			name: 'Familienzentrum Ahornweg (Beispiel)',
			phone: '',
			membershipStatus: 'angefragt',
			version: 1
		});
		expect(updated.after).toMatchObject({
			name: 'Familienzentrum Ahornweg e. V. (Beispiel)',
			phone: '0123 4567',
			membershipStatus: 'mitglied',
			version: 2
		});
		// What the coordinator reads in the log: only the fields that changed (no version counter, no timestamps).
		expect(updated.changes).toEqual([
			{
				field: 'name',
				before: 'Familienzentrum Ahornweg (Beispiel)',
				after: 'Familienzentrum Ahornweg e. V. (Beispiel)'
			},
			{ field: 'phone', before: '', after: '0123 4567' },
			{ field: 'membershipStatus', before: 'angefragt', after: 'mitglied' }
		]);

		// A refused save (stale version) changes nothing and records nothing: change and entry commit together.
		await expect(
			saveOrganisation(ctx, id, organisationForm({ version: '1', name: 'Veraltet (Beispiel)' }))
		).rejects.toSatisfy((e) => isAppError(e, 'conflict'));
		expect((await listAuditLog(ctx, all)).total).toBe(2);
	});
});
