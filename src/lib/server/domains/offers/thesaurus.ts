import { wordsOf } from './query-text';
import { STOP_WORDS } from './stop-words';
import { THESAURUS } from './thesaurus-data';

/** One concept: per language its terms, each term as its words (stop words dropped). */
type Concept = Record<string, string[][]>;

const CONCEPTS: Concept[] = THESAURUS.map((line) => {
	const concept: Concept = {};
	for (const part of line.split('|')) {
		const [lang, terms] = part.split(':', 2) as [string, string];
		concept[lang.trim()] = terms
			.split(',')
			.map((term) => wordsOf(term).filter((w) => !STOP_WORDS.has(w)))
			.filter((words) => words.length > 0);
	}
	return concept;
});

const BY_WORD = new Map<string, number[]>();
CONCEPTS.forEach((concept, i) => {
	for (const term of Object.values(concept).flat()) {
		for (const word of term) BY_WORD.set(word, [...new Set([...(BY_WORD.get(word) ?? []), i])]);
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
	for (const i of new Set(forms.flatMap((f) => BY_WORD.get(f) ?? []))) {
		const concept = CONCEPTS[i]!;
		const terms = Object.values(concept).flat();
		const exact = terms.some((t) => t.length === 1 && forms.includes(t[0]!));
		const phrase = terms.some((t) => t.length > 1 && t.includes(word) && t.every((w) => queryWords.includes(w)));
		if (!exact && !phrase) continue;
		for (const [lang, langTerms] of Object.entries(concept)) (found[lang] ??= []).push(...langTerms);
	}
	return found;
}
