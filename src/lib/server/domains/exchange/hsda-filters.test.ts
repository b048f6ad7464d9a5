import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, networks, offerLocations, offers } from '$lib/server/db/schema';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import { isAppError } from '$lib/server/errors';
import { parseWith } from '$lib/server/http/forms';
import type { TenantContext } from '$lib/server/domains/shared/context';
import { offerFormSchema, type OfferFormInput } from '$lib/server/domains/offers/offer-schema';
import { offerToFormValues } from '$lib/server/domains/offers/offer-form-values';
import { saveOffer } from '$lib/server/domains/offers/save-offer';
import { makeUser, tenantContext } from '$tests/fixtures';
import { termId, taxonomyId } from './hsds-ids';
import { listHsdsServices } from './list-hsds-services';
import { listHsdsServiceAtLocations } from './list-hsds-service-at-locations';
import type { HsdaFilters } from './hsda-filters';

const BASE = 'https://wegweiser.example.org';
const ALL = { page: 1, perPage: 100, q: '', full: false };

describe.each(TEST_DATABASE_KINDS)('HSDA filters of /services (%s)', (kind) => {
	let database: Database;
	let ctx: TenantContext;
	let coordinator: TenantContext;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
		await seedDemoData(database.db);
		const [network] = await withSystem(database.db, (tx) =>
			tx.select().from(networks).where(eq(networks.slug, 'herten'))
		);
		ctx = tenantContext(database.db, network!, null);
		const actor = await makeUser(database.db, { roles: [{ role: 'coordinator', networkId: network!.id }] });
		coordinator = tenantContext(database.db, network!, actor);
	}, 120_000);
	afterAll(() => database?.close());

	const ids = async (filters: HsdaFilters, q = '') =>
		(await listHsdsServices(ctx, BASE, { ...ALL, q }, filters)).contents.map((s) => String(s.id)).sort();
	const published = async () =>
		withSystem(database.db, (tx) =>
			tx
				.select()
				.from(offers)
				.where(and(eq(offers.networkId, ctx.network.id), eq(offers.status, 'published')))
				.orderBy(asc(offers.title))
		);
	const all = async () => ids({});

	it('modified_after returns only the offer saved after that moment, with its last_modified', async () => {
		const before = await all();
		expect(before.length).toBeGreaterThan(20);
		const since = new Date(Date.now() + 5);
		await new Promise((r) => setTimeout(r, 20));
		expect(await ids({ modifiedAfter: since })).toEqual([]);
		const [row] = (await published()).filter((o) => before.includes(o.id));
		const locations = await withSystem(database.db, (tx) =>
			tx.select().from(offerLocations).where(eq(offerLocations.offerId, row!.id))
		);
		const values = offerToFormValues(row!, locations, 'Herten');
		const parsed = parseWith(offerFormSchema, { ...values, summary: `${row!.summary} (geändert)` });
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		await saveOffer(coordinator, row!.id, parsed.data as OfferFormInput);
		expect(await ids({ modifiedAfter: since })).toEqual([row!.id]);
		const [service] = (await listHsdsServices(ctx, BASE, ALL, { modifiedAfter: since })).contents;
		expect(new Date(String(service!.last_modified)).getTime()).toBeGreaterThanOrEqual(since.getTime());
	});

	it('taxonomy_term_id, taxonomy_id and organization_id narrow to what the offers carry', async () => {
		const rows = await published();
		const listed = new Set(await all());
		const shown = rows.filter((o) => listed.has(o.id));
		const babies = shown.filter((o) => o.lifeStages.includes('0-1')).map((o) => o.id);
		expect(babies.length).toBeGreaterThan(0);
		expect(babies.length).toBeLessThan(shown.length);
		expect(await ids({ taxonomyTermId: termId(ctx.network.id, 'lebensphase', '0-1') })).toEqual(babies.sort());
		const visits = shown.filter((o) => o.offerType === 'hausbesuch').map((o) => o.id);
		expect(await ids({ taxonomyTermId: termId(ctx.network.id, 'angebotsart', 'hausbesuch') })).toEqual(visits.sort());
		expect((await ids({ taxonomyId: taxonomyId(ctx.network.id, 'angebotsart') })).length).toBe(shown.length);
		const org = shown.find((o) => o.organisationId)!.organisationId!;
		expect(await ids({ organizationId: org })).toEqual(
			shown
				.filter((o) => o.organisationId === org)
				.map((o) => o.id)
				.sort()
		);
		// Combined with q: the search's hits that also carry the term.
		const withQ = await ids({ taxonomyTermId: termId(ctx.network.id, 'lebensphase', '0-1') }, 'Hebamme');
		expect(withQ.length).toBeGreaterThan(0);
		for (const id of withQ) expect(babies).toContain(id);
	});

	it('postcode, service_area and proximity use the locations and the Einzugsgebiet', async () => {
		const [district] = await withSystem(database.db, (tx) =>
			tx.select().from(districts).where(eq(districts.networkId, ctx.network.id)).orderBy(asc(districts.name)).limit(1)
		);
		const byArea = await ids({ serviceArea: district!.name.toUpperCase() });
		const listed = new Set(await all());
		const serving = (await published())
			.filter((o) => listed.has(o.id))
			.filter(
				(o) =>
					o.servesWholeNetwork || o.districtIds.includes(district!.id) || o.serviceDistrictIds.includes(district!.id)
			)
			.map((o) => o.id)
			.sort();
		expect(byArea).toEqual(serving);
		expect(byArea.length).toBeLessThan(listed.size);
		const byPostcode = await ids({ postcode: district!.postcodes[0]! });
		for (const id of serving) expect(byPostcode).toContain(id);
		expect(await ids({ postcode: '01067' })).toEqual([]);
		expect((await ids({ serviceArea: 'ganzes Netzwerkgebiet' })).length).toBeGreaterThan(0);

		// proximity: around one location, 0.5 km finds its offer; the middle of the sea finds nothing.
		const [place] = await withSystem(database.db, (tx) =>
			tx
				.select()
				.from(offerLocations)
				.where(eq(offerLocations.networkId, ctx.network.id))
				.orderBy(asc(offerLocations.id))
				.limit(1)
		);
		const near = await ids({ proximity: { lat: place!.lat!, lng: place!.lng!, radiusKm: 0.5 } });
		if (listed.has(place!.offerId)) expect(near).toContain(place!.offerId);
		expect(near.length).toBeLessThan(listed.size);
		expect(await ids({ proximity: { lat: 55, lng: 3, radiusKm: 10 } })).toEqual([]);
		const atLocations = await listHsdsServiceAtLocations(ctx, BASE, ALL, {
			proximity: { lat: place!.lat!, lng: place!.lng!, radiusKm: 0.5 }
		});
		expect(atLocations.contents.length).toBeGreaterThan(0);
		expect(atLocations.contents.length).toBeLessThanOrEqual(near.length * 4);
	});

	it('answers an id or name the network does not know with a validation error naming the parameter', async () => {
		for (const [filters, field] of [
			[{ taxonomyTermId: '00000000-0000-4000-8000-000000000000' }, 'taxonomy_term_id'],
			[{ taxonomyId: '00000000-0000-4000-8000-000000000000' }, 'taxonomy_id'],
			[{ serviceArea: 'Atlantis' }, 'service_area']
		] as const) {
			const error = await listHsdsServices(ctx, BASE, ALL, filters).catch((e: unknown) => e);
			expect(isAppError(error, 'validation')).toBe(true);
			expect((error as { details: { field: string } }).details.field).toBe(field);
		}
	});
});
