import { describe, expect, it } from 'vitest';
import { understandQuery } from './understand-query';
import { cleanQuery, wordsOf } from './query-text';

describe('understandQuery', () => {
	it('keeps the words of a sentence, drops stop words, in any language', () => {
		expect(understandQuery('mein Baby schreit ständig').words).toEqual(['baby', 'schreit']);
		expect(understandQuery('I need a midwife').words).toEqual(['midwife']);
		expect(understandQuery('ebe arıyorum').words).toEqual(['ebe']);
		expect(understandQuery('أبحث عن قابلة').words).toEqual(['قابلة']);
		expect(understandQuery('ищу акушерку').words).toEqual(['акушерку']);
	});

	it('turns language names and "kostenlos" into filters, unless literal', () => {
		const q = understandQuery('Hebamme türkisch kostenlos');
		expect(q).toMatchObject({ words: ['hebamme'], languages: ['tr'], costFree: true });
		expect(understandQuery('Hebamme auf Arabisch').languages).toEqual(['ar']);
		expect(understandQuery('English speaking midwife').languages).toEqual(['en']);
		expect(understandQuery('ebe Türkçe').languages).toEqual(['tr']);
		expect(understandQuery('قابلة بالعربية')).toMatchObject({ words: ['قابلة'], languages: ['ar'] });
		expect(understandQuery('Krabbelgruppe in der Nähe')).toMatchObject({ words: ['krabbelgruppe'], near: true });
		expect(understandQuery('türkisch kostenlos', { literal: true }).words).toEqual(['turkisch', 'kostenlos']);
		// "по-русски" names Russian; a bare "по" ("about") does not.
		expect(understandQuery('врач по-русски').languages).toEqual(['ru']);
		expect(understandQuery('консультация по воспитанию')).toMatchObject({
			languages: [],
			words: ['консультация', 'воспитанию']
		});
	});

	it.each([
		['only stop words', 'und oder mit der die das'],
		['only punctuation', '?!… ,;:-–"\'()[]{}'],
		['1,000 characters', 'a'.repeat(1000)],
		['lone surrogates', '\uD800\uDC00\uD83D \uDE00\uD800'],
		['RTL override characters', '\u202E\u202D\u2066\u2069\u200F'],
		['mixed scripts in one word', 'аbс'],
		['emoji only', '👶🍼❤️']
	])('yields no word for %s', (_name, q) => {
		const understood = understandQuery(q);
		expect(understood.words).toEqual([]);
		expect(understood.languages).toEqual([]);
		expect(understood.text.length).toBeLessThanOrEqual(200);
		// Well-formed: PostgreSQL and the page can take it.
		expect(encodeURIComponent(understood.text)).toBeTypeOf('string');
	});

	it('splits words of different scripts and strips controls inside words', () => {
		expect(wordsOf('hebammeقابلة')).toEqual(['hebamme', 'قابلة']);
		expect(understandQuery('Heb\u202Eamme').words).toEqual(['hebamme']);
		expect(cleanQuery('x'.repeat(199) + '😀')).toBe('x'.repeat(199));
		expect(wordsOf('U3-Untersuchung Çocuk doktoru')).toEqual(['u3', 'untersuchung', 'cocuk', 'doktoru']);
	});
});
