import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { topics } from '$lib/server/db/schema';
import { isAppError } from '$lib/server/errors';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import { saveTermTranslations } from '$lib/server/domains/taxonomy/term-translations';
import { listNetworkTerms } from './list-network-terms';

describe.each(TEST_DATABASE_KINDS)('the network’s terms for the translation editor (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	it('lists topics and help-number texts with shipped and own translation and version, for coordinators only', async () => {
		const db = database.db;
		const network = await makeNetwork(db);
		const other = await makeNetwork(db);
		await withSystem(db, (tx) =>
			tx.insert(topics).values([
				{ networkId: network.id, slug: 'gesundheit', name: 'Gesundheit', position: 1 },
				{ networkId: network.id, slug: 'treff', name: 'Unser Stadtteiltreff', position: 2 },
				{ networkId: other.id, slug: 'fremd', name: 'Fremdes Thema', position: 1 }
			])
		);
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		await saveTermTranslations(ctx, 'tr', [{ source: 'Unser Stadtteiltreff', text: 'Mahalle buluşması', version: 0 }]);

		const terms = await listNetworkTerms(ctx, 'tr');
		expect(terms.slice(0, 2)).toEqual([
			{ source: 'Gesundheit', kind: 'topic', shipped: 'Sağlık', own: '', version: 0 },
			{ source: 'Unser Stadtteiltreff', kind: 'topic', shipped: '', own: 'Mahalle buluşması', version: 1 }
		]);
		expect(terms.some((t) => t.source === 'Fremdes Thema')).toBe(false);
		expect(terms.find((t) => t.source === 'Polizei')).toMatchObject({ kind: 'helpLabel', shipped: 'Polis' });
		expect(terms.filter((t) => t.kind === 'helpNote').length).toBeGreaterThan(0);

		const member = await makeUser(db, { roles: [{ role: 'member', networkId: network.id }] });
		await expect(listNetworkTerms(tenantContext(db, network, member), 'tr')).rejects.toSatisfy((e) =>
			isAppError(e, 'forbidden')
		);
	});
});
