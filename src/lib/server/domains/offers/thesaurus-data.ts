import { CARE_AND_PLACES_CONCEPTS } from './thesaurus-data-care';
import { CRISIS_CONCEPTS } from './thesaurus-data-crisis';
import { EVERYDAY_CONCEPTS } from './thesaurus-data-everyday';
import { FAMILY_CONCEPTS } from './thesaurus-data-family';
import { HEALTH_CONCEPTS } from './thesaurus-data-health';
import { MONEY_AND_AUTHORITY_CONCEPTS } from './thesaurus-data-money';
import { PREGNANCY_CONCEPTS } from './thesaurus-data-pregnancy';

/**
 * The shipped thesaurus of the field (ADR 0023): one line per concept, terms per language,
 * `lang: term, term | lang: …` (de, en, tr, ar, fa, ru, uk, pl). The first German term names
 * the concept. Merged at query time with the network's own synonym groups.
 *
 * How a line is used (thesaurus.ts): a query word fires a concept when it is one of the
 * concept's one-word terms (also with a plural or case ending), or when all words of one of
 * its several-word terms are in the query ("crying baby"). The concept's German terms then go
 * to the German query, the page language's terms to the translation query; a term of four or
 * more letters also matches as a prefix. Terms pass through the same normalisation as the query
 * (lower case, Latin accents dropped, stop words of all languages dropped), so:
 * - no general word in a specific concept ("Hilfe", "Kind", "Geld", "Beratung" would make the
 *   concept fire, and find everything, whenever a family types them);
 * - a word in one concept only, unless the two senses are meant to meet (Persian ماما is the
 *   midwife, Arabic ماما the mum: both are kept);
 * - no term that is only stop words, or only one word after them ("kein Geld" is "geld").
 * The shape is checked in thesaurus-data.test.ts; the ranking in search-ranking.test.ts.
 */
export const THESAURUS: readonly string[] = [
	...EVERYDAY_CONCEPTS,
	...PREGNANCY_CONCEPTS,
	...HEALTH_CONCEPTS,
	...MONEY_AND_AUTHORITY_CONCEPTS,
	...FAMILY_CONCEPTS,
	...CARE_AND_PLACES_CONCEPTS,
	...CRISIS_CONCEPTS
];
