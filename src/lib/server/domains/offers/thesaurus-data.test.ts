import { describe, expect, it } from 'vitest';
import { wordsOf } from './query-text';
import { STOP_WORDS } from './stop-words';
import { THESAURUS } from './thesaurus-data';
import { understandQuery } from './understand-query';

const LANGUAGES = ['de', 'en', 'tr', 'ar', 'fa', 'ru', 'uk', 'pl'];

type Line = { name: string; terms: Record<string, string[]> };

/** One line as the thesaurus reads it: `lang: term, term | lang: …`. */
function parse(line: string): Line {
	const terms: Record<string, string[]> = {};
	for (const part of line.split('|')) {
		const match = /^\s*([a-z]+):(.*)$/s.exec(part);
		expect(match, `"${part}" in "${line.slice(0, 60)}…"`).not.toBeNull();
		const [, lang, list] = match!;
		expect(terms[lang!], `${lang} twice in "${line.slice(0, 60)}…"`).toBeUndefined();
		terms[lang!] = list!.split(',').map((t) => t.trim());
	}
	return { name: terms.de?.[0] ?? '', terms };
}

/** A term as the search sees it: its words, stop words dropped (as in thesaurus.ts). */
const compiled = (term: string) => wordsOf(term).filter((w) => !STOP_WORDS.has(w));

const LINES = THESAURUS.map(parse);
const SCRIPT: Record<string, RegExp> = {
	de: /^[\p{Script=Latin}0-9 .'-]+$/u,
	en: /^[\p{Script=Latin}0-9 .'-]+$/u,
	tr: /^[\p{Script=Latin}0-9 .'-]+$/u,
	pl: /^[\p{Script=Latin}0-9 .'-]+$/u,
	// Persian keeps its own yeh and keheh (ی ک), Arabic its own (ي ك); ZWNJ may join a Persian word.
	ar: /^[\p{Script=Arabic} ]+$/u,
	fa: /^[\p{Script=Arabic} \u200c]+$/u,
	ru: /^[\p{Script=Cyrillic}0-9 '-]+$/u,
	uk: /^[\p{Script=Cyrillic}0-9 '-]+$/u
};
const WRONG_LETTERS: Record<string, RegExp> = {
	ar: /[یکگچپژ]/u,
	fa: /[يك]/u,
	ru: /[іїєґІЇЄҐ]/u,
	uk: /[ыэёъЫЭЁЪ]/u
};
/** Words so general that a concept holding one would fire on (and find) nearly everything. */
const GENERAL_WORDS = [
	'hilfe',
	'hilfen',
	'unterstutzung',
	'angebot',
	'angebote',
	'geld',
	'help',
	'support',
	'money',
	'yardim',
	'destek',
	'para',
	'مساعدة',
	'دعم',
	'کمک',
	'помощь',
	'поддержка',
	'допомога',
	'підтримка',
	'pomoc',
	'wsparcie'
];
/** A word meant to carry two senses: Persian ماما is the midwife, Arabic ماما the mum. */
const SHARED_ON_PURPOSE = new Set(['ماما']);

describe('the shipped thesaurus (ADR 0023)', () => {
	it('has at least 300 concepts, each in German and at least four other languages', () => {
		expect(LINES.length).toBeGreaterThanOrEqual(300);
		for (const { name, terms } of LINES) {
			expect(
				Object.keys(terms).every((lang) => LANGUAGES.includes(lang)),
				name
			).toBe(true);
			expect(terms.de, name).toBeDefined();
			expect(Object.keys(terms).filter((lang) => lang !== 'de').length, name).toBeGreaterThanOrEqual(4);
		}
	});

	it('names every concept once, by its first German term', () => {
		const names = LINES.map((l) => compiled(l.name).join(' '));
		expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
	});

	it('has no empty term, none that is only stop words, none twice in a concept', () => {
		for (const { name, terms } of LINES) {
			for (const [lang, list] of Object.entries(terms)) {
				const forms = list.map((t) => compiled(t).join(' '));
				expect(
					list.filter((t, i) => t === '' || forms[i] === ''),
					`${name} (${lang})`
				).toEqual([]);
				expect(
					forms.filter((f, i) => forms.indexOf(f) !== i),
					`${name} (${lang})`
				).toEqual([]);
			}
		}
	});

	it('writes every language in its own script', () => {
		for (const { name, terms } of LINES) {
			for (const [lang, list] of Object.entries(terms)) {
				for (const term of list) {
					expect(SCRIPT[lang]!.test(term), `${name} (${lang}): "${term}"`).toBe(true);
					expect(WRONG_LETTERS[lang]?.test(term) ?? false, `${name} (${lang}): "${term}"`).toBe(false);
				}
			}
		}
	});

	it('puts a one-word term in one concept only, and no general word in any', () => {
		const owners = new Map<string, Set<string>>();
		for (const { name, terms } of LINES) {
			for (const term of Object.values(terms).flat()) {
				const words = compiled(term);
				if (words.length === 1) owners.set(words[0]!, (owners.get(words[0]!) ?? new Set()).add(name));
			}
		}
		const shared = [...owners].filter(([word, names]) => names.size > 1 && !SHARED_ON_PURPOSE.has(word));
		expect(shared.map(([word, names]) => `${word}: ${[...names].join(' / ')}`)).toEqual([]);
		expect(GENERAL_WORDS.filter((w) => owners.has(w))).toEqual([]);
	});

	it('has no term the query reads as a filter instead ("türkisch", "kostenlos", "in der Nähe")', () => {
		const filters = LINES.flatMap(({ name, terms }) =>
			Object.values(terms)
				.flat()
				.filter((term) => {
					const understood = understandQuery(term);
					return understood.languages.length > 0 || understood.costFree || understood.near;
				})
				.map((term) => `${name}: ${term}`)
		);
		expect(filters).toEqual([]);
	});
});
