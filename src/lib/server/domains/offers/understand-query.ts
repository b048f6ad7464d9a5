import { cleanQuery, wordsOf } from './query-text';
import { STOP_WORDS } from './stop-words';

/** Words that name a language an offer is held in (ISO 639 codes as in offers.languages). */
const LANGUAGE_WORDS: Record<string, string[]> = {
	tr: [
		'türkisch',
		'türkische',
		'türkischer',
		'türkischen',
		'turkish',
		'türkçe',
		'türkçesi',
		'турецкий',
		'турецком',
		'турецькою',
		'ترکی',
		'التركية',
		'بالتركية',
		'turecki',
		'turecku'
	],
	ar: [
		'arabisch',
		'arabische',
		'arabischer',
		'arabischen',
		'arabic',
		'arapça',
		'عربي',
		'العربية',
		'بالعربية',
		'بالعربي',
		'عربی',
		'арабский',
		'арабском',
		'арабською',
		'arabski',
		'arabsku'
	],
	en: [
		'englisch',
		'englische',
		'englischen',
		'english',
		'ingilizce',
		'الإنجليزية',
		'بالإنجليزية',
		'انگلیسی',
		'английский',
		'английском',
		'англійською',
		'angielski',
		'angielsku'
	],
	ru: [
		'russisch',
		'russische',
		'russischen',
		'russian',
		'rusça',
		'русский',
		'русском',
		// "по-русски": its two words, the first a stop word (a bare "по" must not name a language).
		'русски',
		'русскоязычный',
		'російською',
		'بالروسية',
		'روسی',
		'rosyjski',
		'rosyjsku'
	],
	uk: [
		'ukrainisch',
		'ukrainische',
		'ukrainischen',
		'ukrainian',
		'ukraynaca',
		'украинский',
		'украинском',
		'українська',
		'українською',
		'українській',
		'ukraiński',
		'ukraińsku'
	],
	pl: [
		'polnisch',
		'polnische',
		'polnischen',
		'polish',
		'lehçe',
		'польский',
		'польском',
		'польською',
		'polski',
		'polsku',
		'polskim'
	],
	fa: [
		'persisch',
		'persische',
		'persischen',
		'farsi',
		'persian',
		'dari',
		'farsça',
		'فارسی',
		'دری',
		'بالفارسية',
		'персидский',
		'фарси',
		'perski'
	],
	ku: ['kurdisch', 'kurdische', 'kurdischen', 'kurdish', 'kürtçe', 'kurdî', 'کوردی', 'كردي', 'kurdyjski'],
	ro: ['rumänisch', 'rumänische', 'romanian', 'румынский', 'rumuński'],
	bg: ['bulgarisch', 'bulgarische', 'bulgarian', 'болгарский'],
	fr: ['französisch', 'französische', 'french', 'français', 'francais'],
	es: ['spanisch', 'spanische', 'spanish', 'español'],
	sq: ['albanisch', 'albanische', 'albanian', 'shqip'],
	ti: ['tigrinya', 'tigrinisch']
};
/** "kostenlos" and its sisters: the free-of-charge filter. */
const FREE_WORDS = [
	'kostenlos',
	'kostenlose',
	'kostenloser',
	'kostenfrei',
	'kostenfreie',
	'gratis',
	'umsonst',
	'free',
	'ücretsiz',
	'bedava',
	'مجاني',
	'مجانا',
	'مجانية',
	'رایگان',
	'бесплатно',
	'бесплатный',
	'бесплатная',
	'безкоштовно',
	'безкоштовний',
	'bezpłatnie',
	'bezpłatny',
	'darmowy',
	'darmowe',
	'darmo'
];
/** "in der Nähe": sort by distance once a postcode is given. */
const NEAR_WORDS = [
	'nähe',
	'nah',
	'nearby',
	'near',
	'yakın',
	'yakınımda',
	'yakında',
	'قريب',
	'بالقرب',
	'نزدیک',
	'рядом',
	'поблизости',
	'поруч',
	'поблизу',
	'blisko',
	'niedaleko',
	'pobliżu'
];

const index = (words: string[]) => new Set(words.flatMap((w) => wordsOf(w)));
const LANGUAGE_INDEX = new Map(
	Object.entries(LANGUAGE_WORDS).flatMap(([code, words]) => [...index(words)].map((w) => [w, code] as const))
);
const FREE_INDEX = index(FREE_WORDS);
const NEAR_INDEX = index(NEAR_WORDS);

export type UnderstoodQuery = {
	/** The cleaned text that was searched for. */
	text: string;
	/** The words left to search for (no stop words, no filter words), at most eight. */
	words: string[];
	/** Languages named in the query ("türkisch", "auf Arabisch"). */
	languages: string[];
	costFree: boolean;
	near: boolean;
};

/**
 * What a family's query means: filter words become filters (unless `literal`, the "undo"),
 * stop words go, the rest are the search words. Never throws, whatever the input.
 */
export function understandQuery(q: string, options: { literal?: boolean } = {}): UnderstoodQuery {
	const text = cleanQuery(q);
	const result: UnderstoodQuery = { text, words: [], languages: [], costFree: false, near: false };
	for (const word of wordsOf(text)) {
		const language = options.literal ? undefined : LANGUAGE_INDEX.get(word);
		if (language) {
			if (!result.languages.includes(language)) result.languages.push(language);
		} else if (!options.literal && FREE_INDEX.has(word)) result.costFree = true;
		else if (!options.literal && NEAR_INDEX.has(word)) result.near = true;
		else if (!STOP_WORDS.has(word) && !result.words.includes(word)) result.words.push(word);
	}
	result.words = result.words.slice(0, 8);
	return result;
}
