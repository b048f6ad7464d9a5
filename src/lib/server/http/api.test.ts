import { describe, expect, it } from 'vitest';
import { booleanParam, hsdaFilters } from './api';

const parse = (query: string) => hsdaFilters(new URL(`https://wegweiser.example.org/api/v1/herten/services?${query}`));

async function refusal(query: string): Promise<string> {
	const answer = parse(query);
	expect(answer).toBeInstanceOf(Response);
	const r = answer as Response;
	expect(r.status).toBe(400);
	expect(r.headers.get('content-type')).toContain('application/json');
	return ((await r.json()) as { error: { message: string } }).error.message;
}

describe('HSDA filter parameters', () => {
	it('reads every filter', () => {
		expect(
			parse(
				'modified_after=2026-11-30T08:00:00%2B01:00&postcode=45699&proximity=51.5988,7.137&proximity_radius=2.5' +
					'&taxonomy_term_id=7B2E6A0C-0000-5000-8000-000000000001&organization_id=7b2e6a0c-0000-4000-8000-000000000002&service_area=Disteln'
			)
		).toEqual({
			modifiedAfter: new Date('2026-11-30T07:00:00Z'),
			postcode: '45699',
			proximity: { lat: 51.5988, lng: 7.137, radiusKm: 2.5 },
			taxonomyTermId: '7b2e6a0c-0000-5000-8000-000000000001',
			organizationId: '7b2e6a0c-0000-4000-8000-000000000002',
			serviceArea: 'Disteln'
		});
		expect(parse('')).toEqual({});
		expect(parse('proximity=51.6,7.1')).toEqual({ proximity: { lat: 51.6, lng: 7.1, radiusKm: 5 } });
	});

	it('answers bad values with 400 naming the parameter', async () => {
		expect(await refusal('modified_after=yesterday')).toMatch(/^modified_after /);
		expect(await refusal('modified_after=2026-13-45T99:00:00Z')).toMatch(/^modified_after /);
		expect(await refusal('proximity=abc')).toMatch(/^proximity /);
		expect(await refusal('proximity=91,7')).toMatch(/^proximity /);
		expect(await refusal('proximity=51,7&proximity_radius=0')).toMatch(/^proximity_radius /);
		expect(await refusal('proximity=51,7&proximity_radius=1e9')).toMatch(/^proximity_radius /);
		expect(await refusal('proximity_radius=3')).toMatch(/^proximity_radius /);
		expect(await refusal('taxonomy_term_id=lebensphase')).toMatch(/^taxonomy_term_id /);
		expect(await refusal('taxonomy_id=1%27%20or%201=1')).toMatch(/^taxonomy_id /);
		expect(await refusal('organization_id=')).toMatch(/^organization_id /);
		expect(await refusal('postcode=4569')).toMatch(/^postcode /);
		expect(await refusal('service_area=')).toMatch(/^service_area /);
	});

	it('reads full_service as true or false only', async () => {
		const url = (v: string) => new URL(`https://wegweiser.example.org/api/v1/herten/organizations?full_service=${v}`);
		expect(booleanParam(url('true'), 'full_service')).toBe(true);
		expect(booleanParam(url('false'), 'full_service')).toBe(false);
		const r = booleanParam(url('ja'), 'full_service') as Response;
		expect(r.status).toBe(400);
		expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/^full_service /);
	});
});
