import { describe, expect, it } from 'vitest';
import { parseSearchParams, toggled, withPage } from './search-params';

describe('portal search parameters', () => {
	it('parses lists, flags and page, dropping unsafe values', () => {
		const s = parseSearchParams(
			new URLSearchParams('q=Hebamme&lebensphase=0-1&lebensphase=1-3&thema=<script>&kostenlos=1&seite=3')
		);
		expect(s).toMatchObject({
			q: 'Hebamme',
			lebensphase: ['0-1', '1-3'],
			thema: [],
			kostenlos: true,
			barrierefrei: false,
			merkliste: [],
			seite: 3
		});
		expect(parseSearchParams(new URLSearchParams('seite=-4')).seite).toBe(1);
	});
	it('toggles a value and returns to page 1', () => {
		const s = parseSearchParams(new URLSearchParams('lebensphase=0-1&seite=2'));
		expect(toggled(s, 'lebensphase', '1-3')).toBe('?lebensphase=0-1&lebensphase=1-3');
		expect(toggled(s, 'lebensphase', '0-1')).toBe('');
		expect(toggled(s, 'kostenlos')).toBe('?lebensphase=0-1&kostenlos=1');
		expect(withPage(s, 4)).toBe('?lebensphase=0-1&seite=4');
	});
});

describe('Merkliste in the URL', () => {
	const a = '11111111-1111-4111-8111-111111111111';
	const b = '22222222-2222-4222-8222-222222222222';
	it('keeps valid ids once and carries them through search links', async () => {
		const { parseShortlist, withShortlistToggled } = await import('./search-params');
		expect(parseShortlist(new URLSearchParams(`merkliste=${a},${a},kaputt,${b}`))).toEqual([a, b]);
		const s = parseSearchParams(new URLSearchParams(`q=kita&merkliste=${a}`));
		expect(toggled(s, 'kostenlos')).toBe(`?q=kita&kostenlos=1&merkliste=${a}`);
		expect(withShortlistToggled(s, b)).toBe(`?q=kita&merkliste=${a}%2C${b}`);
		expect(withShortlistToggled(s, a)).toBe('?q=kita');
	});
});

describe('language filter', () => {
	it('keeps only language codes, so a bad value never reaches the language names', () => {
		const s = parseSearchParams(
			new URLSearchParams(
				'sprache=0&sprache=-1&sprache=yesterday&sprache=123e4567-e89b-42d3-a456-426614174000&sprache=tr,ar'
			)
		);
		expect(s.sprache).toEqual(['tr', 'ar']);
	});
});
