import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { t } from '$lib/i18n';
import ErrorSummary from './ErrorSummary.svelte';

describe('ErrorSummary', () => {
	it('lists every error with a link to its field, labelled by the field name', () => {
		render(ErrorSummary, {
			errors: { title: 'error.required', contactEmail: 'error.emailInvalid' },
			labels: { title: 'Titel', contactEmail: 'E-Mail' }
		});
		const summary = screen.getByRole('alert');
		expect(within(summary).getByRole('heading', { name: t('form.errorSummaryTitle') })).toBeInTheDocument();
		const links = within(summary).getAllByRole('link');
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			[`Titel: ${t('error.required')}`, '#field-title'],
			[`E-Mail: ${t('error.emailInvalid')}`, '#field-contactEmail']
		]);
	});

	it('shows a form-wide error as text without a link, and a field without a label by its message', () => {
		render(ErrorSummary, { errors: { form: 'error.conflict', postcode: 'error.postcodeFormat' } });
		const summary = screen.getByRole('alert');
		expect(within(summary).getByText(t('error.conflict'))).not.toHaveAttribute('href');
		expect(within(summary).getByRole('link', { name: t('error.postcodeFormat') })).toHaveAttribute(
			'href',
			'#field-postcode'
		);
		expect(within(summary).getAllByRole('listitem')).toHaveLength(2);
	});

	it('renders nothing without errors', () => {
		// Svelte leaves only comment anchors: no element, no text.
		const empty = render(ErrorSummary, { errors: {} });
		expect(empty.container.children).toHaveLength(0);
		expect(empty.container.textContent).toBe('');
		empty.unmount();
		const none = render(ErrorSummary, { errors: undefined });
		expect(none.container.children).toHaveLength(0);
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
	});
});
