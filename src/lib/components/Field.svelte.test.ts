import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { t, type MessageKey } from '$lib/i18n';
import Field from './Field.svelte';

describe('Field', () => {
	it('has a label tied to its input, with the required mark and the hint as description', () => {
		render(Field, { name: 'title', label: 'Titel', hint: 'Kurz und klar', value: 'Familiencafé', required: true });
		const input = screen.getByLabelText(/^Titel/);
		expect(input).toHaveAttribute('name', 'title');
		expect(input).toHaveValue('Familiencafé');
		expect(input).toBeRequired();
		// The label reads "Titel (Pflichtfeld)" with a space before the mark.
		expect(screen.getByText(/^Titel/, { selector: 'label' }).textContent).toBe(`Titel (${t('form.required')})`);
		expect(input).toHaveAccessibleDescription('Kurz und klar');
		expect(input).not.toHaveAttribute('aria-invalid');
	});

	it('shows the translated error next to the field, linked by aria-describedby and marked invalid', () => {
		render(Field, {
			name: 'contactEmail',
			label: 'E-Mail',
			type: 'email',
			value: 'kein-at',
			error: 'error.emailInvalid'
		});
		const input = screen.getByLabelText('E-Mail');
		expect(input).toHaveAttribute('aria-invalid', 'true');
		const message = screen.getByText(t('error.emailInvalid'), { exact: false });
		expect(message.id).toBe('field-contactEmail-error');
		expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
		expect(input).toHaveAccessibleDescription(`${t('form.errorPrefix')} ${t('error.emailInvalid')}`);
		// The bad value stays in the field so the user can correct it.
		expect(input).toHaveValue('kein-at');
	});

	it('describes a multiline field by hint and error together', () => {
		render(Field, {
			name: 'summary',
			label: 'Kurzbeschreibung',
			hint: 'Zwei Sätze',
			multiline: true,
			error: 'error.tooLong'
		});
		const area = screen.getByLabelText('Kurzbeschreibung');
		expect(area.tagName).toBe('TEXTAREA');
		expect(area).toHaveAccessibleDescription(`Zwei Sätze ${t('form.errorPrefix')} ${t('error.tooLong')}`);
	});

	it('keeps what the user typed when an error appears or goes', async () => {
		const user = userEvent.setup();
		// Reactive props as a parent form passes them: only the error changes.
		const props = $state<{ name: string; label: string; value: string; error?: MessageKey }>({
			name: 'title',
			label: 'Titel',
			value: ''
		});
		render(Field, props);
		await user.type(screen.getByLabelText('Titel'), 'Krabbelgruppe Sonnenschein');
		props.error = 'error.required';
		flushSync();
		expect(screen.getByText(t('error.required'), { exact: false })).toBeInTheDocument();
		expect(screen.getByLabelText('Titel')).toHaveValue('Krabbelgruppe Sonnenschein');
		props.error = undefined;
		flushSync();
		expect(screen.queryByText(t('error.required'), { exact: false })).not.toBeInTheDocument();
		expect(screen.getByLabelText('Titel')).toHaveValue('Krabbelgruppe Sonnenschein');
		// A new value from the server (after a save) replaces it.
		props.value = 'Krabbelgruppe Regenbogen';
		flushSync();
		expect(screen.getByLabelText('Titel')).toHaveValue('Krabbelgruppe Regenbogen');
	});

	it('uses the given id where one page has two forms with the same field', () => {
		render(Field, { name: 'email', id: 'invite-email', label: 'E-Mail', error: 'error.emailInvalid' });
		const input = screen.getByLabelText('E-Mail');
		expect(input.id).toBe('invite-email');
		expect(input).toHaveAttribute('aria-describedby', 'invite-email-error');
	});
});
