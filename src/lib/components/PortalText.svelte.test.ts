import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { translate } from '$lib/i18n';
import PortalText from './PortalText.svelte';

describe('PortalText', () => {
	it('marks German fallback text on an Arabic page as German, left to right, with the note in Arabic', () => {
		const { container } = render(PortalText, {
			as: 'h1',
			text: 'Krabbelgruppe im Familienzentrum',
			textLang: 'de',
			pageLang: 'ar'
		});
		const heading = screen.getByRole('heading', { level: 1, name: 'Krabbelgruppe im Familienzentrum' });
		expect(heading).toHaveAttribute('lang', 'de');
		expect(heading).toHaveAttribute('dir', 'ltr');
		const note = screen.getByText(translate('ar', 'tr.onlyGerman'));
		expect(note).toHaveAttribute('lang', 'ar');
		expect(note).toHaveAttribute('dir', 'rtl');
		// The note sits outside the heading: it is not read as part of the title.
		expect(heading).not.toContainElement(note);
		expect(container.querySelectorAll('.language-note')).toHaveLength(1);
	});

	it('shows text in the page language plainly: no lang, no dir, no note', () => {
		const { container } = render(PortalText, { as: 'p', text: 'Bebek masajı', textLang: 'tr', pageLang: 'tr' });
		const p = screen.getByText('Bebek masajı');
		expect(p.tagName).toBe('P');
		expect(p).not.toHaveAttribute('lang');
		expect(p).not.toHaveAttribute('dir');
		expect(container.querySelector('.language-note')).toBeNull();
	});

	it('renders rich text (headings, lists) once inside one marked block, and can leave the note out', () => {
		const { container } = render(PortalText, {
			rich: true,
			text: '## Ablauf\n\n- Ankommen\n- Spielen',
			textLang: 'de',
			pageLang: 'en',
			note: false
		});
		const block = container.querySelector('[lang="de"]')!;
		expect(block.tagName).toBe('DIV');
		expect(block.querySelector('h3')?.textContent).toBe('Ablauf');
		expect(block.querySelectorAll('li')).toHaveLength(2);
		expect(container.querySelector('.language-note')).toBeNull();
	});

	it('names the German text on a Leichte-Sprache page (same lang tag) without a second lang attribute', () => {
		render(PortalText, { text: 'Familiencafé', textLang: 'de', pageLang: 'leicht' });
		expect(screen.getByText('Familiencafé')).toHaveAttribute('lang', 'de');
		expect(screen.getByText(translate('leicht', 'tr.onlyGerman'))).toBeVisible();
	});
});
