import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, TEST_DATABASE_KINDS } from '$lib/server/db/testing';
import type { Database } from '$lib/server/db/client';
import { withSystem } from '$lib/server/db/scope';
import { offers, organisations } from '$lib/server/db/schema';
import { hsdsSetup } from '$tests/offer-fixtures';
import { exportHsds } from './export-hsds';
import { stableUuid } from './hsds-ids';
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
			last_modified: 'string',
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

describe.each(TEST_DATABASE_KINDS)('Open Referral HSDS 3.0 (%s)', (kind) => {
	let database: Database;
	beforeAll(async () => {
		database = await createTestDatabase(kind);
	});
	afterAll(() => database?.close());

	const setup = () => hsdsSetup(database.db);

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
		// The updated row is saved anew (its last_modified moves on), the unchanged one keeps its moment.
		const withoutModified = (services: Record<string, unknown>[]) =>
			services.map(({ last_modified: _, ...rest }) => rest);
		expect(withoutModified(after.services)).toEqual(withoutModified(doc.services));
		const moved = after.services.filter(
			(s) => s.last_modified !== doc.services.find((d) => d.id === s.id)?.last_modified
		);
		expect(moved).toHaveLength(1);
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
