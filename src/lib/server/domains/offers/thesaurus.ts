import { wordsOf } from './query-text';
import { STOP_WORDS } from './stop-words';
import { THESAURUS } from './thesaurus-data';

/**
 * One concept: per language its terms, each term as its words (stop words dropped); and, for
 * the lookup, its one-word terms and its several-word terms over all languages.
 */
type Concept = { terms: Record<string, string[][]>; singles: Set<string>; phrases: string[][] };

// Built once per process, when the module is first imported (about 300 concepts, a few ms).
const CONCEPTS: Concept[] = THESAURUS.map((line) => {
	const terms: Record<string, string[][]> = {};
	for (const part of line.split('|')) {
		const [lang, list] = part.split(':', 2) as [string, string];
		terms[lang.trim()] = list
			.split(',')
			.map((term) => wordsOf(term).filter((w) => !STOP_WORDS.has(w)))
			.filter((words) => words.length > 0);
	}
	const all = Object.values(terms).flat();
	return {
		terms,
		singles: new Set(all.filter((t) => t.length === 1).map((t) => t[0]!)),
		phrases: all.filter((t) => t.length > 1)
	};
});

/** Every word of every term → the concepts holding it (in thesaurus order). */
const BY_WORD = new Map<string, Set<number>>();
CONCEPTS.forEach((concept, i) => {
	for (const term of Object.values(concept.terms).flat()) {
		for (const word of term) BY_WORD.set(word, (BY_WORD.get(word) ?? new Set()).add(i));
	}
});

/**
 * The thesaurus terms for one query word, per language: concepts whose one-word term is the
 * word (or the word with a German/English plural or case ending), or whose several-word term
 * has all its words in the query ("crying baby", "Depression nach der Geburt").
 */
export function thesaurusTermsOf(word: string, queryWords: string[]): Record<string, string[][]> {
	const found: Record<string, string[][]> = {};
	const forms = [
		word,
		word.replace(/(en|n|s|e)$/u, ''),
		word.replace(/(ую|у|ю|і|и|ы)$/u, 'а'),
		// Turkish personal endings: hamileyim → hamile.
		word.replace(/(y?im|y?iz|y?um|ler|lar)$/u, '')
	];
	const candidates = new Set<number>();
	for (const form of forms) for (const i of BY_WORD.get(form) ?? []) candidates.add(i);
	for (const i of candidates) {
		const concept = CONCEPTS[i]!;
		const exact = forms.some((f) => concept.singles.has(f));
		const phrase = !exact && concept.phrases.some((t) => t.includes(word) && t.every((w) => queryWords.includes(w)));
		if (!exact && !phrase) continue;
		for (const [lang, langTerms] of Object.entries(concept.terms)) (found[lang] ??= []).push(...langTerms);
	}
	return found;
}
