/** The portal search's URL parameters (German, shareable) ↔ filter state. */
export type SearchState = {
	q: string;
	lebensphase: string[];
	thema: string[];
	art: string[];
	stadtteil: string[];
	sprache: string[];
	kostenlos: boolean;
	barrierefrei: boolean;
	/** Postcode for "In meiner Nähe". */
	plz: string;
	/** Offer ids on the family's Merkliste (kept only in the URL). */
	merkliste: string[];
	seite: number;
};

export const LIST_KEYS = ['lebensphase', 'thema', 'art', 'stadtteil', 'sprache'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

const SAFE = /^[a-z0-9-]{1,40}$/;
/** Offer languages are ISO 639 codes (see offer-schema.ts); anything else would break the language names. */
const LANGUAGE = /^[a-z]{2,3}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const MAX_SHORTLIST = 50;

/** The Merkliste from `?merkliste=id,id,…`: valid ids only, no duplicates. */
export function parseShortlist(params: URLSearchParams): string[] {
	return [
		...new Set(
			(params.get('merkliste') ?? '')
				.toLowerCase()
				.split(',')
				.filter((v) => UUID.test(v))
		)
	].slice(0, MAX_SHORTLIST);
}

/** `?merkliste=…` for links that only carry the Merkliste. */
export function shortlistQuery(ids: string[], extra = ''): string {
	const parts = [ids.length ? `merkliste=${ids.join(',')}` : '', extra].filter(Boolean);
	return parts.length ? `?${parts.join('&')}` : '';
}

export function toggledInShortlist(ids: string[], id: string): string[] {
	return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(0, MAX_SHORTLIST);
}

export function parseSearchParams(params: URLSearchParams): SearchState {
	const list = (key: ListKey) =>
		[
			...new Set(
				params
					.getAll(key)
					.flatMap((v) => v.split(','))
					.filter((v) => (key === 'sprache' ? LANGUAGE : SAFE).test(v))
			)
		].slice(0, 20);
	const page = Number.parseInt(params.get('seite') ?? '1', 10);
	return {
		q: (params.get('q') ?? '').trim().slice(0, 200),
		lebensphase: list('lebensphase'),
		thema: list('thema'),
		art: list('art'),
		stadtteil: list('stadtteil'),
		sprache: list('sprache'),
		kostenlos: params.get('kostenlos') === '1',
		barrierefrei: params.get('barrierefrei') === '1',
		plz: (params.get('plz') ?? '').trim().slice(0, 10),
		merkliste: parseShortlist(params),
		seite: Number.isFinite(page) && page > 0 && page < 10_000 ? page : 1
	};
}

export function toQueryString(state: SearchState): string {
	const p = new URLSearchParams();
	if (state.q) p.set('q', state.q);
	for (const key of LIST_KEYS) for (const v of state[key]) p.append(key, v);
	if (state.kostenlos) p.set('kostenlos', '1');
	if (state.barrierefrei) p.set('barrierefrei', '1');
	if (state.plz) p.set('plz', state.plz);
	if (state.merkliste.length) p.set('merkliste', state.merkliste.join(','));
	if (state.seite > 1) p.set('seite', String(state.seite));
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** Adds or removes one filter value; always back to page 1. */
export function toggled(state: SearchState, key: ListKey | 'kostenlos' | 'barrierefrei', value = ''): string {
	const next: SearchState = { ...state, seite: 1 };
	if (key === 'kostenlos' || key === 'barrierefrei') next[key] = !state[key];
	else next[key] = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
	return toQueryString(next);
}

export function withoutPostcode(state: SearchState): string {
	return toQueryString({ ...state, plz: '', seite: 1 });
}

/** The current search with one offer added to or removed from the Merkliste (page kept). */
export function withShortlistToggled(state: SearchState, id: string): string {
	return toQueryString({ ...state, merkliste: toggledInShortlist(state.merkliste, id) });
}

export function withPage(state: SearchState, seite: number): string {
	return toQueryString({ ...state, seite });
}

export function withQuery(state: SearchState, q: string): string {
	return toQueryString({ ...state, q, seite: 1 });
}

export function withoutFilters(state: SearchState): string {
	return toQueryString({
		q: state.q,
		lebensphase: [],
		thema: [],
		art: [],
		stadtteil: [],
		sprache: [],
		kostenlos: false,
		barrierefrei: false,
		plz: '',
		merkliste: state.merkliste,
		seite: 1
	});
}

/** The search state as the search use case's filters (German URL names → domain names). */
export function searchFilters(state: SearchState) {
	return {
		q: state.q,
		lifeStages: state.lebensphase,
		topics: state.thema,
		types: state.art,
		districts: state.stadtteil,
		languages: state.sprache,
		costFree: state.kostenlos,
		accessible: state.barrierefrei
	};
}
