import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { districts, offers, organisations } from '$lib/server/db/schema';
import { ensureOfferDefaults } from '$lib/server/domains/taxonomy/default-taxonomy';
import { makeNetwork, makeUser, tenantContext } from '$tests/fixtures';
import {
	exportHsds,
	getHsdsOrganization,
	getHsdsService,
	listHsdsOrganizations,
	listHsdsServices,
	listHsdsTaxonomies,
	stableUuid
} from './hsds';
import { berlinOffset } from './hsds';
import { berlinTime } from './hsds-to-sheet';
import { offerColumns } from './offer-columns';
import { runImport, stageImport } from './run-import';

/**
 * Field rules of the official HSDS 3.0 JSON schemas (openreferral/specification, schema/*.json):
 * required fields, JSON types, enumerations and formats of every object this export writes.
 */
type Rule = {
	required: string[];
	types: Record<string, 'string' | 'number' | 'array' | 'object'>;
	enums?: Record<string, string[]>;
	nested?: Record<string, string>;
};
const RULES: Record<string, Rule> = {
	service: {
		required: ['id', 'name', 'status'],
		types: {
			id: 'string',
			organization_id: 'string',
			name: 'string',
			alternate_name: 'string',
			description: 'string',
			url: 'string',
			email: 'string',
			status: 'string',
			fees_description: 'string',
			application_process: 'string',
			eligibility_description: 'string',
			assured_date: 'string',
			alert: 'string',
			phones: 'array',
			schedules: 'array',
			languages: 'array',
			contacts: 'array',
			attributes: 'array',
			organization: 'object',
			service_at_locations: 'array'
		},
		enums: { status: ['active', 'inactive', 'defunct', 'temporarily closed'] },
		nested: {
			phones: 'phone',
			schedules: 'schedule',
			languages: 'language',
			contacts: 'contact',
			attributes: 'attribute',
			organization: 'organization',
			service_at_locations: 'service_at_location'
		}
	},
	organization: {
		required: ['id', 'name', 'description'],
		types: {
			id: 'string',
			name: 'string',
			description: 'string',
			email: 'string',
			website: 'string',
			phones: 'array',
			services: 'array'
		},
		nested: { phones: 'phone' }
	},
	phone: {
		required: ['id', 'number'],
		types: {
			id: 'string',
			number: 'string',
			type: 'string',
			service_id: 'string',
			organization_id: 'string',
			contact_id: 'string',
			languages: 'array'
		}
	},
	schedule: {
		required: ['id'],
		types: {
			id: 'string',
			service_id: 'string',
			freq: 'string',
			interval: 'number',
			byday: 'string',
			wkst: 'string',
			dtstart: 'string',
			valid_from: 'string',
			valid_to: 'string',
			opens_at: 'string',
			closes_at: 'string',
			description: 'string',
			notes: 'string'
		},
		enums: { freq: ['WEEKLY', 'MONTHLY'], wkst: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }
	},
	language: { required: ['id'], types: { id: 'string', service_id: 'string', name: 'string', code: 'string' } },
	contact: {
		required: ['id'],
		types: { id: 'string', service_id: 'string', name: 'string', email: 'string', phones: 'array' },
		nested: { phones: 'phone' }
	},
	attribute: {
		required: ['id', 'link_type'],
		types: {
			id: 'string',
			link_id: 'string',
			link_type: 'string',
			link_entity: 'string',
			taxonomy_term_id: 'string',
			taxonomy_term: 'object',
			value: 'string',
			label: 'string'
		},
		nested: { taxonomy_term: 'taxonomy_term' }
	},
	taxonomy_term: {
		required: ['id', 'name', 'description'],
		types: {
			id: 'string',
			code: 'string',
			name: 'string',
			description: 'string',
			taxonomy_id: 'string',
			language: 'string'
		}
	},
	taxonomy: {
		required: ['id', 'name', 'description'],
		types: { id: 'string', name: 'string', description: 'string', uri: 'string', version: 'string' }
	},
	service_at_location: {
		required: ['id'],
		types: { id: 'string', service_id: 'string', location_id: 'string', location: 'object' },
		nested: { location: 'location' }
	},
	location: {
		required: ['id', 'location_type'],
		types: {
			id: 'string',
			location_type: 'string',
			name: 'string',
			description: 'string',
			latitude: 'number',
			longitude: 'number',
			addresses: 'array'
		},
		enums: { location_type: ['physical', 'postal', 'virtual'] },
		nested: { addresses: 'address' }
	},
	address: {
		required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
		types: {
			id: 'string',
			location_id: 'string',
			address_1: 'string',
			city: 'string',
			state_province: 'string',
			postal_code: 'string',
			country: 'string',
			address_type: 'string'
		},
		enums: { address_type: ['physical', 'postal', 'virtual'] }
	}
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const FORMATS: Record<string, RegExp> = {
	email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
	url: /^https?:\/\//,
	website: /^https?:\/\//,
	assured_date: /^\d{4}-\d{2}-\d{2}$/,
	dtstart: /^\d{4}-\d{2}-\d{2}$/,
	opens_at: /^\d{2}:\d{2}/,
	closes_at: /^\d{2}:\d{2}/
};

function validate(kind: string, value: unknown, path: string, problems: string[]) {
	const rule = RULES[kind]!;
	if (!value || typeof value !== 'object' || Array.isArray(value)) return void problems.push(`${path}: not an object`);
	const o = value as Record<string, unknown>;
	for (const r of rule.required) if (o[r] === undefined || o[r] === null) problems.push(`${path}.${r}: required`);
	for (const [k, v] of Object.entries(o)) {
		const type = rule.types[k];
		if (!type) {
			problems.push(`${path}.${k}: not an HSDS field of ${kind}`);
			continue;
		}
		const actual = Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
		if (actual !== type) problems.push(`${path}.${k}: ${actual} instead of ${type}`);
		if (rule.enums?.[k] && !rule.enums[k]!.includes(v as string))
			problems.push(`${path}.${k}: "${String(v)}" not in enumeration`);
		if (k === 'id' || k.endsWith('_id')) if (!UUID.test(String(v))) problems.push(`${path}.${k}: not a UUID`);
		if (FORMATS[k] && typeof v === 'string' && !FORMATS[k]!.test(v)) problems.push(`${path}.${k}: bad format`);
		const nested = rule.nested?.[k];
		if (nested) {
			if (Array.isArray(v)) v.forEach((x, i) => validate(nested, x, `${path}.${k}[${i}]`, problems));
			else validate(nested, v, `${path}.${k}`, problems);
		}
	}
}

const HEADERS = offerColumns(3).map((c) => c.header);
const csvOf = (rows: Record<string, string>[]) =>
	[
		HEADERS.join(';'),
		...rows.map((r) => HEADERS.map((h) => (/[;"\n]/.test(r[h] ?? '') ? `"${r[h]}"` : (r[h] ?? ''))).join(';'))
	].join('\r\n');
const offer = (id: string, title: string, extra: Record<string, string> = {}) => ({
	'Externe ID': id,
	Titel: title,
	Kurzbeschreibung: `${title}: offen für alle Familien.`,
	Beschreibung: `${title} für Eltern mit Babys. <script>alert(1)</script>`,
	Anbieter: 'Familienzentrum Beispiel',
	Lebensphasen: '0-1',
	Themen: 'freizeit-begegnung',
	Angebotsart: 'gruppe',
	'Weitere Sprachen': 'en, tr',
	Montag: '09:00-11:00, 14:00-16:00',
	Einzeltermine: '2099-03-02 18:00-20:00',
	Telefon: '030 23125 100',
	'E-Mail': 'treff@example.org',
	Webseite: 'https://example.org/treff',
	'Ort 1 Name': 'Familienzentrum',
	'Ort 1 Straße': 'Am Markt 1',
	'Ort 1 PLZ': '12345',
	'Ort 1 Ort': 'Musterstadt',
	'Ort 1 Stadtteil': 'Altstadt',
	'Ort 1 Breitengrad': '51.5',
	'Ort 1 Längengrad': '7.1',
	...extra
});

describe('HSDS times', () => {
	it('carry the Europe/Berlin offset of their day and are read back as Berlin wall-clock time', () => {
		expect(berlinOffset('2026-01-15')).toBe('+01:00');
		expect(berlinOffset('2026-07-15')).toBe('+02:00');
		expect(berlinTime('09:00+01:00', '2026-07-15')).toBe('09:00');
		expect(berlinTime('09:00:00', '2026-01-15')).toBe('09:00');
		expect(berlinTime('08:00Z', '2026-01-15')).toBe('09:00');
		expect(berlinTime('23:30-05:00', '2026-07-15')).toBe('06:30');
	});
});

describe.each(TEST_DATABASE_KINDS)('Open Referral HSDS 3.0 (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	async function setup() {
		const db = database.db;
		const network = await makeNetwork(db);
		await withSystem(db, async (tx) => {
			await ensureOfferDefaults(tx, network.id);
			await tx.insert(districts).values({ networkId: network.id, name: 'Altstadt', postcodes: ['12345'] });
		});
		const coordinator = await makeUser(db, { roles: [{ role: 'coordinator', networkId: network.id }] });
		const ctx = tenantContext(db, network, coordinator);
		const csv = csvOf([
			offer('A-1', 'Babytreff'),
			offer('A-2', 'Elterncafé', { Kostenlos: 'nein', Kosten: '2 € pro Termin', Status: 'draft' }),
			offer('A-3', 'Krabbelgruppe', { 'Ort 1 Straße': '', 'Ort 1 PLZ': '' })
		]);
		const staged = await stageImport(ctx, { kind: 'offers', filename: 'a.csv', bytes: Buffer.from(csv) });
		expect(staged.report.errors).toEqual([]);
		// Rows without a status: the coordinator chooses to publish them at once.
		await runImport(ctx, staged.uploadId, staged.mapping, { newStatus: 'published' });
		return { db, network, ctx, portal: tenantContext(db, network, null) };
	}

	it('exports published offers that follow the HSDS 3.0 field rules, with stable ids', async () => {
		const { portal } = await setup();
		const doc = await exportHsds(portal, 'http://localhost:3000');
		expect(doc.services.map((s) => s.name).sort()).toEqual(['Babytreff', 'Krabbelgruppe']);
		const problems: string[] = [];
		doc.services.forEach((s, i) => validate('service', s, `services[${i}]`, problems));
		doc.organizations.forEach((o, i) => validate('organization', o, `organizations[${i}]`, problems));
		doc.taxonomies.forEach((x, i) => validate('taxonomy', x, `taxonomies[${i}]`, problems));
		doc.taxonomy_terms.forEach((x, i) => validate('taxonomy_term', x, `taxonomy_terms[${i}]`, problems));
		expect(problems).toEqual([]);
		const baby = doc.services.find((s) => s.name === 'Babytreff')! as Record<string, unknown>;
		expect(baby.description).toContain('<script>'); // text, as stored; HSDS consumers escape it
		expect(
			(baby.schedules as { byday?: string; opens_at: string }[])
				.filter((s) => s.byday === 'MO')
				.map((s) => s.opens_at.slice(0, 5))
		).toEqual(['09:00', '14:00']);
		// Times with the Europe/Berlin offset of their day, as HSDS recommends.
		const course = (baby.schedules as { dtstart?: string; opens_at: string }[]).find(
			(s) => s.dtstart === '2099-03-02'
		)!;
		expect(course.opens_at).toBe('18:00+01:00');
		expect((baby.languages as { code: string }[]).map((l) => l.code)).toEqual(['de', 'en', 'tr']);
		expect((baby.service_at_locations as { location: { addresses: unknown[] } }[])[0]!.location.addresses).toHaveLength(
			1
		);
		const again = await exportHsds(portal, 'http://localhost:3000');
		expect(again.services).toEqual(doc.services);
		expect(stableUuid('a', 'b')).toBe(stableUuid('a', 'b'));
	});

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

	it('imports its own HSDS export back: same services, no duplicates', async () => {
		const { db, network, ctx, portal } = await setup();
		const doc = await exportHsds(portal, 'http://x');
		const staged = await stageImport(ctx, {
			kind: 'hsds',
			filename: 'hsds.json',
			bytes: Buffer.from(JSON.stringify(doc))
		});
		// Krabbelgruppe has no street, so HSDS carries no address and its town: that row counts as updated.
		expect(staged.report).toMatchObject({ errors: [], created: 0, updated: 1, unchanged: 1 });
		await runImport(ctx, staged.uploadId, staged.mapping);
		const after = await exportHsds(portal, 'http://x');
		expect(after.services).toEqual(doc.services);
		expect(await withSystem(db, (tx) => tx.select().from(offers).where(eq(offers.networkId, network.id)))).toHaveLength(
			3
		);
		expect(
			await withSystem(db, (tx) => tx.select().from(organisations).where(eq(organisations.networkId, network.id)))
		).toHaveLength(1);
		await expect(
			stageImport(ctx, { kind: 'hsds', filename: 'x.json', bytes: Buffer.from('{"kein":"hsds"}') })
		).rejects.toThrow();
	});
});
