import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { hsdsSetup } from '$tests/offer-fixtures';
import { getHsdsOrganization, listHsdsOrganizations } from './list-hsds-organizations';
import { getHsdsService, listHsdsServices } from './list-hsds-services';
import { listHsdsTaxonomies } from './list-hsds-taxonomies';

describe.each(TEST_DATABASE_KINDS)('Open Referral HSDS 3.0 (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => hsdsSetup(database.db);

	it('serves pages, single services, organizations and taxonomies; q uses the portal search', async () => {
		const { portal } = await setup();
		const first = await listHsdsServices(portal, 'http://x', { page: 1, perPage: 1, q: '', full: false });
		expect(first).toMatchObject({
			total_items: 2,
			total_pages: 2,
			page_number: 1,
			size: 1,
			first_page: true,
			last_page: false,
			empty: false
		});
		expect(first.contents[0]!.phones).toBeUndefined(); // lean list: one-to-one fields only
		const second = await listHsdsServices(portal, 'http://x', { page: 2, perPage: 1, q: '', full: true });
		expect(second).toMatchObject({ last_page: true, size: 1 });
		const beyond = await listHsdsServices(portal, 'http://x', { page: 5, perPage: 1, q: '', full: false });
		expect(beyond).toMatchObject({ empty: true, size: 0, contents: [] });
		const found = await listHsdsServices(portal, 'http://x', { page: 1, perPage: 20, q: 'krabbel', full: false });
		expect(found.contents.map((s) => s.name)).toEqual(['Krabbelgruppe']);
		const one = await getHsdsService(portal, 'http://x', String(first.contents[0]!.id));
		expect(one.organization).toMatchObject({ name: 'Familienzentrum Beispiel' });
		const orgs = await listHsdsOrganizations(portal, 'http://x', { page: 1, perPage: 20, q: '', full: false });
		expect(orgs.contents).toHaveLength(1);
		expect((orgs.contents[0]!.services as unknown[]).length).toBe(2);
		expect(await getHsdsOrganization(portal, 'http://x', String(orgs.contents[0]!.id))).toEqual(orgs.contents[0]);
		await expect(getHsdsOrganization(portal, 'http://x', '00000000-0000-4000-8000-000000000000')).rejects.toThrow();
		expect(
			(await listHsdsTaxonomies(portal, 'http://x', { page: 1, perPage: 20, q: '', full: false })).total_items
		).toBe(3);
		await expect(getHsdsService(portal, 'http://x', '00000000-0000-4000-8000-000000000000')).rejects.toThrow();
	});
});
