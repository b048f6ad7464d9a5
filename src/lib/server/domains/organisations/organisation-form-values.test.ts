import { describe, expect, it } from 'vitest';
import { memberOrganisationSchema, organisationProfileSchema } from './organisation-schema';
import { contactSchema } from './contact-schema';
import {
	contactFormValues,
	memberOrganisationFormValues,
	organisationFormValues,
	organisationProfileColumns
} from './organisation-form-values';

describe('form values', () => {
	it('gives a new organisation or contact an empty form the schemas read as it is', () => {
		expect(organisationFormValues(null)).toMatchObject({ version: '0', name: '', districtIds: [] });
		expect(memberOrganisationFormValues(undefined)).toMatchObject({
			version: '0',
			partnerCategoryId: '',
			membershipStatus: '',
			listedPublicly: false
		});
		expect(contactFormValues(null)).toMatchObject({ version: '0', visibility: 'coordination', consentAt: '' });
		// Every field of the form is a field of its schema, and the other way round.
		expect(Object.keys(organisationFormValues(null)).sort()).toEqual(
			Object.keys(organisationProfileSchema.shape).sort()
		);
		expect(Object.keys(memberOrganisationFormValues(null)).sort()).toEqual(
			Object.keys(memberOrganisationSchema.shape).sort()
		);
		expect(Object.keys(contactFormValues(null)).sort()).toEqual(Object.keys(contactSchema.shape).sort());
	});

	it('keeps each district once when a profile is saved', () => {
		const input = organisationProfileSchema.parse({
			...organisationFormValues(null),
			name: 'Familienzentrum (Beispiel)',
			districtIds: ['7c0a3c1e-4c7e-4b37-9a56-1d2f1b8f0a11', '7c0a3c1e-4c7e-4b37-9a56-1d2f1b8f0a11']
		});
		expect(organisationProfileColumns(input)).toMatchObject({
			name: 'Familienzentrum (Beispiel)',
			districtIds: ['7c0a3c1e-4c7e-4b37-9a56-1d2f1b8f0a11']
		});
	});
});
