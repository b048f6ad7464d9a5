/**
 * Search normalisation shared by indexing and querying: lower case, no accents
 * (ä → a, ß → ss, like PostgreSQL's unaccent), words of letters and digits.
 */
export function normaliseText(text: string): string {
	return text
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '');
}

export function searchWordsOf(text: string, max = 8): string[] {
	const words = normaliseText(text)
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length >= 2);
	return [...new Set(words)].slice(0, max);
}
