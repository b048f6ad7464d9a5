/**
 * Query text as families type it, made safe and split into words in any script (ADR 0023).
 * Index and query meet in PostgreSQL's nfh_unaccent; here only what must match the thesaurus,
 * the stop words and the (unaccented, lower-case) lexicon is normalised.
 */

/** Longest query text looked at; longer input is cut (never an error). */
export const MAX_QUERY_CHARS = 200;
/** A "word" longer than this is no word a family types (pasted junk, 1,000 × "a"). */
const MAX_WORD = 40;

/**
 * Removes what cannot be a word or would break the database: lone surrogates, bidi overrides
 * and isolates (U+202A–202E, U+2066–2069, LRM/RLM/ALM), other control and format characters
 * (as spaces; Persian's zero-width non-joiner separates words like PostgreSQL's parser does).
 */
export function cleanQuery(q: string): string {
	return q
		.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
		.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
		.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
		.normalize('NFC')
		.slice(0, MAX_QUERY_CHARS)
		.replace(/[\uD800-\uDBFF]$/, '')
		.trim();
}

/**
 * One word, lower case; Latin letters lose their accents (ä → a, ş → s, ı → i, ß → ss) like
 * unaccent does. Other scripts keep their marks (й, ї stay, as unaccent keeps them).
 */
export function normaliseWord(word: string): string {
	return word
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/ı/g, 'i')
		.normalize('NFD')
		.replace(/([a-z])\p{M}+/gu, '$1')
		.normalize('NFC');
}

const SCRIPT_RUN =
	/[\p{Script=Latin}\p{N}]+|[\p{Script=Cyrillic}\p{M}\p{N}]+|[\p{Script=Arabic}\p{M}\p{N}]+|[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of a text: letters and digits of one script each ("hebammeقابلة" is two words,
 * "аbс" with a Cyrillic а is noise), one-letter runs and over-long runs dropped.
 */
export function wordsOf(text: string): string[] {
	const words: string[] = [];
	for (const chunk of normaliseWord(text).split(/[^\p{L}\p{M}\p{N}]+/u)) {
		for (const run of chunk.match(SCRIPT_RUN) ?? []) {
			const letters = [...run.replace(/\p{M}/gu, '')].length;
			if (letters >= 2 && run.length <= MAX_WORD && (run.length === chunk.length || letters >= 3)) {
				words.push(run);
			}
		}
	}
	return words;
}
