import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { t } from '$lib/i18n';
import { offerFieldLabel as label } from '$lib/offer-field-labels';
import OfferForm from './OfferForm.svelte';

const choices = {
	organisations: [
		{ id: 'org-1', name: 'Familienzentrum Lindenhof (Beispiel)' },
		{ id: 'org-2', name: 'Hebammenpraxis Am Bach (Beispiel)' }
	],
	topics: [
		{ slug: 'stillen', name: 'Stillen' },
		{ slug: 'schlaf', name: 'Schlaf' }
	],
	districts: [{ id: 'd-1', name: 'Altstadt' }]
};

const saved = {
	version: '3',
	title: 'Babytreff',
	summary: 'Offener Treff.',
	offerType: 'gruppe',
	status: 'published',
	organisationId: 'org-1',
	lifeStages: ['0-1'],
	topics: [],
	costFree: true
};

/** A required field's label: the name and the required mark. */
const required = (field: string) => new RegExp(`^${label(field)}\\s*\\(${t('form.required')}\\)$`);
/** The fieldset whose legend is `name` (getByRole over the whole form is slow in jsdom). */
const group = (name: string) => screen.getByText(name, { selector: 'fieldset > legend' }).parentElement as HTMLElement;

describe('OfferForm', () => {
	it('groups the fields in fieldsets with legends, each field in its own group', () => {
		render(OfferForm, { saved, ...choices });
		const legends = [
			'intern.offers.what',
			'intern.offers.forWhom',
			'intern.offers.conditions',
			'intern.offers.when',
			'intern.offers.where',
			'intern.offers.contact',
			'intern.offers.translations',
			'intern.offers.publication'
		] as const;
		for (const key of legends) expect(group(t(key)).tagName).toBe('FIELDSET');
		expect(screen.getByRole('group', { name: t('intern.offers.contact') })).toBe(group(t('intern.offers.contact')));

		expect(within(group(t('intern.offers.what'))).getByLabelText(required('title'))).toHaveValue('Babytreff');
		expect(within(group(t('intern.offers.what'))).getByLabelText(label('organisationId'))).toHaveValue('org-1');
		expect(
			within(group(t('intern.offers.forWhom'))).getByRole('group', { name: label('lifeStages') })
		).toBeInTheDocument();
		expect(within(group(t('intern.offers.contact'))).getByLabelText(label('contactEmail'))).toHaveAttribute(
			'type',
			'email'
		);
		expect(within(group(t('intern.offers.publication'))).getByLabelText(label('status'))).toHaveValue('published');
		// The first location block sits in its own fieldset inside "Where?".
		const where = group(t('intern.offers.where'));
		const firstLocation = within(where).getByRole('group', {
			name: new RegExp(`^${t('intern.offers.locationN', { n: 1 })}`)
		});
		expect(within(firstLocation).getByLabelText(t('intern.offers.postcode'))).toHaveAttribute('name', 'loc0-postcode');
	});

	it('shows each error next to its own field and in the summary, and leaves the other fields alone', () => {
		render(OfferForm, {
			saved,
			submitted: { ...saved, title: '', contactEmail: 'kein-at', 'loc0-street': 'Lindenweg 1', 'loc0-postcode': '123' },
			errors: {
				title: 'error.required',
				contactEmail: 'error.emailInvalid',
				'loc0-postcode': 'error.postcodeFormat',
				lifeStages: 'error.chooseAtLeastOne'
			},
			...choices
		});
		const title = within(group(t('intern.offers.what'))).getByLabelText(required('title'));
		expect(title).toHaveAttribute('aria-invalid', 'true');
		expect(title).toHaveAccessibleDescription(`${t('form.errorPrefix')} ${t('error.required')}`);
		const email = within(group(t('intern.offers.contact'))).getByLabelText(label('contactEmail'));
		expect(email).toHaveAccessibleDescription(`${t('form.errorPrefix')} ${t('error.emailInvalid')}`);
		const postcode = within(group(t('intern.offers.where'))).getByLabelText(t('intern.offers.postcode'), {
			selector: '[name="loc0-postcode"]'
		});
		expect(postcode).toHaveAccessibleDescription(`${t('form.errorPrefix')} ${t('error.postcodeFormat')}`);
		const stages = within(group(t('intern.offers.forWhom'))).getByRole('group', { name: label('lifeStages') });
		expect(stages).toHaveAccessibleDescription(t('error.chooseAtLeastOne'));

		const summaryField = screen.getByLabelText(required('summary'));
		expect(summaryField).not.toHaveAttribute('aria-invalid');
		expect(summaryField).not.toHaveAccessibleDescription(expect.stringContaining(t('form.errorPrefix')));

		const summary = screen.getByRole('alert');
		expect(
			within(summary)
				.getAllByRole('link')
				.map((a) => a.getAttribute('href'))
		).toEqual(['#field-title', '#field-contactEmail', '#field-loc0-postcode', '#field-lifeStages']);
		expect(
			within(summary).getByRole('link', { name: `${label('contactEmail')}: ${t('error.emailInvalid')}` })
		).toBeInTheDocument();
	});

	it('keeps what the user entered after a failed save, not the stored version', () => {
		render(OfferForm, {
			saved,
			submitted: {
				...saved,
				title: 'Babytreff am Montag',
				summary: 'Neu: mit Hebamme.',
				offerType: 'kurs',
				lifeStages: ['0-1', '1-3'],
				topics: ['schlaf'],
				costFree: false,
				contactPhone: '0123 456789',
				'loc0-street': 'Lindenweg 1',
				'loc0-postcode': '123',
				'loc0-districtId': 'd-1',
				'tr-en-title': 'Baby meet-up'
			},
			errors: { 'loc0-postcode': 'error.postcodeFormat' },
			...choices
		});
		expect(screen.getByLabelText(required('title'))).toHaveValue('Babytreff am Montag');
		expect(screen.getByLabelText(required('summary'))).toHaveValue('Neu: mit Hebamme.');
		expect(screen.getByLabelText(label('offerType'))).toHaveValue('kurs');
		const stages = screen.getByRole('group', { name: label('lifeStages') });
		expect(within(stages).getByRole('checkbox', { name: t('lifeStage.1-3') })).toBeChecked();
		expect(within(stages).getByRole('checkbox', { name: t('lifeStage.0-1') })).toBeChecked();
		expect(within(stages).getByRole('checkbox', { name: t('lifeStage.kita') })).not.toBeChecked();
		expect(screen.getByRole('checkbox', { name: 'Schlaf' })).toBeChecked();
		expect(screen.getByRole('checkbox', { name: t('intern.offers.costFree') })).not.toBeChecked();
		expect(screen.getByLabelText(label('contactPhone'))).toHaveValue('0123 456789');
		const where = group(t('intern.offers.where'));
		expect(within(where).getByDisplayValue('Lindenweg 1')).toHaveAttribute('name', 'loc0-street');
		expect(within(where).getByDisplayValue('123')).toHaveAttribute('name', 'loc0-postcode');
		expect(within(where).getAllByLabelText(t('intern.offers.district'))[0]).toHaveValue('d-1');
		// The filled location gets a second, empty block for another one.
		expect(within(where).getAllByLabelText(t('intern.offers.postcode'))).toHaveLength(2);
		expect(screen.getByLabelText(label('tr-en-title'))).toHaveValue('Baby meet-up');
		// The version the user started from goes back with the form (optimistic locking).
		expect(document.querySelector('input[type="hidden"][name="version"]')).toHaveValue('3');
	});

	it('lets a provider choose neither organisation nor status', () => {
		render(OfferForm, { saved, mode: 'provider', ...choices });
		expect(screen.queryByLabelText(label('organisationId'))).not.toBeInTheDocument();
		expect(screen.queryByLabelText(label('status'))).not.toBeInTheDocument();
		expect(screen.getByRole('button', { name: t('intern.provider.submit') })).toBeInTheDocument();
	});
});
