import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { networks } from '$lib/server/db/schema';
import { seedDemoData } from '$lib/server/demo/seed-demo-data';
import { tenantContext } from '$tests/fixtures';
import { exportHsds } from './export-hsds';
import { getHsdsOrganization, listHsdsOrganizations } from './list-hsds-organizations';
import { getHsdsService, listHsdsServices } from './list-hsds-services';
import { getHsdsTaxonomy, listHsdsTaxonomies, listHsdsTaxonomyTerms } from './list-hsds-taxonomies';
import { getHsdsServiceAtLocation, listHsdsServiceAtLocations } from './list-hsds-service-at-locations';
import { getHsdsLocation, listHsdsLocations } from './list-hsds-locations';
import { termId } from './hsds-ids';

/**
 * The official compiled HSDS 3.0 schemas (openreferral/specification, schema/compiled), kept
 * beside the repository in shared/hsds (see its README). Resolved from the repository root.
 */
const HSDS_DIR = path.resolve('..', 'shared', 'hsds');
const present = fs.existsSync(path.join(HSDS_DIR, 'service.json'));
if (!present)
	console.warn(
		`HSDS schema test skipped: the official schemas are not in ${HSDS_DIR} (see docs/adr/0009-json-schema-validation.md).`
	);

// Annotations of the Open Referral tooling (table layout, examples); they do not constrain values.
const HSDS_ANNOTATIONS = [
	'name',
	'path',
	'datapackage_metadata',
	'datapackage_type',
	'constraints',
	'core',
	'example',
	'tabular_required'
];

function loadValidators() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);
	ajv.addVocabulary(HSDS_ANNOTATIONS);
	// Every file of the folder, so a schema referring to another by $id or file name finds it.
	for (const file of fs.readdirSync(HSDS_DIR).filter((f) => f.endsWith('.json')))
		ajv.addSchema(JSON.parse(fs.readFileSync(path.join(HSDS_DIR, file), 'utf-8')), file);
	const ref = (r: string) => ajv.compile({ $ref: r });
	const term = 'service.json#/properties/attributes/items/properties/taxonomy_term';
	return {
		service: ref('service.json'),
		serviceList: ref('service_list.json'),
		organization: ref('organization.json'),
		organizationList: ref('organization_list.json'),
		serviceAtLocation: ref('service_at_location.json'),
		// No compiled file of its own either: the location inside a service at a location.
		location: ref('service_at_location.json#/properties/location'),
		// The compiled files have no file of their own for these; they are the objects inside a service's attributes.
		taxonomyTerm: ref(term),
		taxonomy: ref(`${term}/properties/taxonomy_detail`)
	};
}

const describeIf = present ? describe.each(TEST_DATABASE_KINDS) : describe.skip.each(TEST_DATABASE_KINDS);

describeIf('HSDS 3.0 answers against the official schemas (%s)', (kind) => {
	let database: Database;
	let v: ReturnType<typeof loadValidators>;
	beforeAll(async () => {
		v = loadValidators();
		database = await createTestDatabase(kind);
		await seedDemoData(database.db);
	}, 120_000);
	afterAll(() => database?.close());

	/** Problems of every object against its schema, with the path inside the answer. */
	function problems(validate: ValidateFunction, objects: unknown[], label: string): string[] {
		return objects.flatMap((o, i) =>
			validate(o)
				? []
				: (validate.errors ?? []).map(
						(e: ErrorObject) => `${label}[${i}]${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`
					)
		);
	}

	async function herten() {
		const [network] = await withSystem(database.db, (tx) =>
			tx.select().from(networks).where(eq(networks.slug, 'herten'))
		);
		return tenantContext(database.db, network!, null);
	}

	it('the HSDS export document of a demo network: services, organizations, taxonomies and terms', async () => {
		const doc = await exportHsds(await herten(), 'https://wegweiser.example.org');
		expect(doc.services.length).toBeGreaterThan(40);
		expect([
			...problems(v.service, doc.services, 'services'),
			...problems(v.organization, doc.organizations, 'organizations'),
			...problems(v.taxonomy, doc.taxonomies, 'taxonomies'),
			...problems(v.taxonomyTerm, doc.taxonomy_terms, 'taxonomy_terms')
		]).toEqual([]);
		// Einzugsgebiete as service_areas (validated above with the rest of each service).
		const areas = doc.services.flatMap((s) => (s.service_areas as { name: string }[] | undefined) ?? []);
		expect(areas.map((a) => a.name)).toContain('ganzes Netzwerkgebiet');
		expect(areas.length).toBeGreaterThan(3);
		const schedules = doc.services.flatMap(
			(s) => (s.schedules as { wkst?: string; opens_at?: string }[] | undefined) ?? []
		);
		expect(new Set(schedules.flatMap((s) => (s.wkst ? [s.wkst] : [])))).toEqual(new Set(['MO']));
		// Times carry the Europe/Berlin offset, as HSDS recommends.
		for (const s of schedules) expect(s.opens_at).toMatch(/^\d{2}:\d{2}\+0[12]:00$/);
	});

	it('every HSDA answer type: services (lean and full pages, single), organizations (list, single), taxonomies, taxonomy terms', async () => {
		const ctx = await herten();
		const base = 'https://wegweiser.example.org';
		const lean = await listHsdsServices(ctx, base, { page: 1, perPage: 100, q: '', full: false });
		const full = await listHsdsServices(ctx, base, { page: 1, perPage: 100, q: '', full: true });
		const found = await listHsdsServices(ctx, base, { page: 1, perPage: 100, q: 'Hebamme', full: false });
		expect(found.contents.length).toBeGreaterThan(0);
		const single = await Promise.all(lean.contents.slice(0, 10).map((s) => getHsdsService(ctx, base, String(s.id))));
		const orgs = await listHsdsOrganizations(ctx, base, { page: 1, perPage: 100, q: '', full: false });
		expect(orgs.contents.length).toBeGreaterThan(10);
		const org = await Promise.all(orgs.contents.slice(0, 10).map((o) => getHsdsOrganization(ctx, base, String(o.id))));
		const taxonomies = await listHsdsTaxonomies(ctx, base, { page: 1, perPage: 100, q: '', full: false });
		const taxonomy = await getHsdsTaxonomy(ctx, base, String(taxonomies.contents[0]!.id));
		const terms = await listHsdsTaxonomyTerms(ctx, base, { page: 1, perPage: 100, q: '', full: false });
		const all = { page: 1, perPage: 100, q: '', full: false };
		const filtered = await listHsdsServices(ctx, base, all, {
			taxonomyTermId: termId(ctx.network.id, 'lebensphase', '0-1'),
			modifiedAfter: new Date('2020-01-01T00:00:00Z')
		});
		expect(filtered.contents.length).toBeGreaterThan(0);
		const orgsFull = await listHsdsOrganizations(ctx, base, { ...all, perPage: 5, fullService: true });
		const orgFull = await getHsdsOrganization(ctx, base, String(orgs.contents[0]!.id), true);
		const sal = await listHsdsServiceAtLocations(ctx, base, all);
		const salFull = await listHsdsServiceAtLocations(ctx, base, { ...all, full: true });
		expect(sal.contents.length).toBeGreaterThan(10);
		const salOne = await Promise.all(
			sal.contents.slice(0, 5).map((x) => getHsdsServiceAtLocation(ctx, base, String(x.id)))
		);
		const locations = await listHsdsLocations(ctx, base, all);
		const locationsFull = await listHsdsLocations(ctx, base, { ...all, full: true });
		const locationOne = await Promise.all(
			locations.contents.slice(0, 5).map((x) => getHsdsLocation(ctx, base, String(x.id)))
		);
		expect(locationOne[0]!.addresses).toBeDefined();
		expect(salOne[0]!.location).toBeDefined();
		expect(salOne[0]!.service).toBeDefined();
		expect([
			...problems(v.serviceList, filtered.contents, 'services?taxonomy_term_id&modified_after'),
			...problems(v.organization, [...orgsFull.contents, orgFull], 'organizations?full_service'),
			...problems(v.serviceAtLocation, [...sal.contents, ...salFull.contents, ...salOne], 'service_at_locations'),
			...problems(v.location, [...locations.contents, ...locationsFull.contents, ...locationOne], 'locations')
		]).toEqual([]);
		// full_service: the organization's services carry their locations and schedules.
		expect(
			orgsFull.contents.some((o) =>
				(o.services as { service_at_locations?: unknown[] }[]).some((s) => (s.service_at_locations ?? []).length > 0)
			)
		).toBe(true);
		expect([
			...problems(v.serviceList, lean.contents, 'services'),
			...problems(v.serviceList, found.contents, 'services?q'),
			...problems(v.service, full.contents, 'services?full'),
			...problems(v.service, single, 'services/{id}'),
			...problems(v.organizationList, orgs.contents, 'organizations'),
			...problems(v.organization, org, 'organizations/{id}'),
			...problems(v.taxonomy, [...taxonomies.contents, taxonomy], 'taxonomies'),
			...problems(v.taxonomyTerm, terms.contents, 'taxonomy_terms')
		]).toEqual([]);
		// An organization names its services (id, name and status), not only their ids.
		expect(org[0]!.services).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ id: expect.any(String), name: expect.any(String), status: 'active' })
			])
		);
	});
});
