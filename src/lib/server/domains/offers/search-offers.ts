import { stillFreshSql } from './freshness';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { executePrepared } from '$lib/server/db/prepared';
import { rowsOf } from '$lib/server/db/scope';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { distanceSql } from './geo-distance';
import { wordsOf } from './query-text';
import { servedDistrictIdsSql } from './served-districts';
import { STOP_WORDS } from './stop-words';
import { thesaurusTermsOf } from './thesaurus';
import { understandQuery, type UnderstoodQuery } from './understand-query';

export const PAGE_SIZE = 20;

export type OfferSearchInput = {
	q: string;
	lifeStages: string[];
	topics: string[];
	types: string[];
	districts: string[];
	languages: string[];
	costFree: boolean;
	accessible: boolean;
	page: number;
	/** Sort by distance from here ("In meiner Nähe"). */
	origin?: { lat: number; lng: number; districtIds?: string[] } | null;
	/** Results per page; the map asks for more. */
	pageSize?: number;
	/** The page's language: its translations are searched besides German. */
	locale?: string;
	/** Search the words as typed: no language or "kostenlos" filter from them (the "undo"). */
	literal?: boolean;
};

/** A search input without any filter (add the words and the page). */
export const NO_FILTERS: Omit<OfferSearchInput, 'q' | 'page'> = {
	lifeStages: [],
	topics: [],
	types: [],
	districts: [],
	languages: [],
	costFree: false,
	accessible: false
};

export type OfferHit = {
	id: string;
	title: string;
	summary: string;
	provider: string | null;
	offerType: string;
	lifeStages: string[];
	costFree: boolean;
	languages: string[];
	districtNames: string[];
	translations: Record<string, { title?: string; summary?: string }>;
	/** Kilometres from the origin to the nearest location, when sorting by distance. */
	distanceKm: number | null;
};

export type FacetCount = { value: string; count: number };
export type OfferSearchResult = {
	total: number;
	page: number;
	pageCount: number;
	hits: OfferHit[];
	facets: {
		lifeStage: FacetCount[];
		topic: FacetCount[];
		type: FacetCount[];
		district: FacetCount[];
		language: FacetCount[];
		costFree: number;
		accessible: number;
	};
	/** Corrected spellings when the words were not found ("Meinten Sie …?"). */
	suggestions: string[];
	/** What the query was understood as (words, filters named in it), shown so the family can undo it. */
	understood: UnderstoodQuery;
	/** Text was typed but no word was left to search for: nothing is listed, the page says so. */
	noWords: boolean;
};

type Alternatives = { de: string[][]; local: string[][] };
type Expansion = Alternatives & { corrections: string[] };

/**
 * A synonym term's words without stop words. Cached per process: the same few hundred terms come
 * with every search, and splitting them was most of the search's own JavaScript time.
 */
const TERM_WORDS = new Map<string, string[]>();
function termWords(term: string): string[] {
	let words = TERM_WORDS.get(term);
	if (!words) {
		if (TERM_WORDS.size >= 20_000) TERM_WORDS.clear();
		words = wordsOf(term).filter((t) => !STOP_WORDS.has(t));
		TERM_WORDS.set(term, words);
	}
	return words;
}

/** Synonyms of a word from the network's groups, each as a list of words. */
function synonymsOf(word: string, groups: string[][]): string[][] {
	const result: string[][] = [];
	for (const group of groups) {
		const terms = group.map(termWords);
		if (terms.some((tokens) => tokens.length === 1 && tokens[0] === word)) {
			for (const tokens of terms) if (tokens.length > 0) result.push(tokens);
		}
	}
	return result;
}

/** Ties in the same order whatever order the rows come in (it depends on the query plan). */
const byWord = (a: { word: string }, b: { word: string }) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);

type Candidate = { q: string; word: string; sim: number; frequency: number; prefix: boolean; contains: boolean };
const LATIN = /^[a-z0-9]+$/;

/** Heads and tails a German compound may split into (kinderturnen → kinder + turnen). */
function compoundParts(word: string): string[] {
	if (!LATIN.test(word) || word.length < 8) return [];
	const parts: string[] = [];
	for (let i = 4; i <= word.length - 4; i++) parts.push(word.slice(0, i), word.slice(i));
	return parts;
}

/** The split whose head (also without a linking s / er / en) and tail are both words of the lexicon. */
function splitCompound(word: string, lexicon: Set<string>): string[] | null {
	for (let i = word.length - 4; i >= 4; i--) {
		const head = word.slice(0, i);
		const tail = word.slice(i);
		const heads = [head, head.replace(/(s|er|en|n|e)$/, '')];
		if (lexicon.has(tail) && heads.some((h) => h.length >= 3 && lexicon.has(h))) return [head, tail];
	}
	return null;
}

/**
 * For every query word at once (one round trip): the network's synonym groups, the lexicon words
 * that start with it, contain it (compounds) or resemble it (typos), and the lexicon words its
 * compound splits into; plus the shipped thesaurus in German and in the page's language.
 */
async function expandWords(tx: Tx, networkId: string, words: string[], locale: string): Promise<Expansion[]> {
	const latin = words.filter((w) => LATIN.test(w));
	const parts = [...new Set(latin.flatMap(compoundParts))];
	const thesauri = new Map(words.map((w) => [w, thesaurusTermsOf(w, words)]));
	// Similar words are only wanted as corrections: for a word the thesaurus does not know and that
	// starts no word of the lexicon. Trigram similarity against every lexicon word was most of this
	// query's time; it is computed only for such words.
	const fuzzy = latin.map((w) => !thesauri.get(w)!.de);
	const [row] = rowsOf<{ synonyms: string[][] | null; candidates: Candidate[] | null; parts: string[] | null }>(
		await executePrepared(
			tx,
			sql`
			select
				(select json_agg(terms) from synonym_groups where network_id = ${networkId}) as synonyms,
				(select json_agg(c) from (
					select q, word, case when fuzzy then similarity(word, q) else 0 end as sim, frequency, prefix, contains
					from (
						select w.q, sw.word, sw.frequency, starts_with(sw.word, w.q) as prefix, strpos(sw.word, w.q) > 0 as contains,
							w.fuzzy and not bool_or(starts_with(sw.word, w.q)) over (partition by w.q) as fuzzy
						from unnest(string_to_array(${latin.join(',')}, ','), string_to_array(${fuzzy.join(',')}, ',')::boolean[]) as w(q, fuzzy)
						-- The network's own lexicon (a few hundred words) through its primary key:
						-- cheaper than the trigram index across every network's words.
						join search_words sw on sw.network_id = ${networkId}
					) x
					where prefix or (length(q) >= 4 and contains) or (fuzzy and similarity(word, q) >= 0.3)
				) c) as candidates,
				-- One primary-key lookup per part: written as "word = any(…)" the planner chose the
				-- trigram index over every network's words (30–100 ms on PostgreSQL at 14,000 offers).
				(select json_agg(sw.word) from unnest(string_to_array(${parts.join(',')}, ',')) as p(w)
					join search_words sw on sw.network_id = ${networkId} and sw.word = p.w) as parts`
		)
	);
	const groups = row?.synonyms ?? [];
	const candidates = row?.candidates ?? [];
	const lexicon = new Set(row?.parts ?? []);
	return words.map((word) => {
		const mine = candidates.filter((c) => c.q === word);
		const own = [[word], ...synonymsOf(word, groups)];
		const thesaurus = thesauri.get(word)!;
		const de: string[][] = [...own, ...(thesaurus.de ?? [])];
		const local: string[][] = [...own, ...(thesaurus[locale === 'leicht' ? 'de' : locale] ?? [])];
		let corrections: string[] = [];
		if (LATIN.test(word) && !mine.some((c) => c.prefix) && !thesaurus.de) {
			// Typo: the closest words of this network's offers.
			corrections = mine
				.filter((c) => c.sim >= 0.35)
				.sort((a, b) => b.sim - a.sim || b.frequency - a.frequency || byWord(a, b))
				.slice(0, 3)
				.map((c) => c.word);
			for (const c of corrections) de.push([c], ...synonymsOf(c, groups), ...(thesaurusTermsOf(c, [c]).de ?? []));
		}
		// German compounds: "hebamme" also finds "Familienhebamme", "kinderturnen" kinder + turnen.
		const compounds = mine
			.filter((c) => c.contains && c.word !== word && word.length >= 4)
			.sort((a, b) => b.frequency - a.frequency || byWord(a, b))
			.slice(0, 8);
		for (const c of compounds) de.push([c.word]);
		const split = splitCompound(word, lexicon);
		if (split) de.push(split);
		return { de, local, corrections };
	});
}

/** One word's alternatives as tsquery text: quoted words (any script is safe), prefix match from four letters. */
function alternativesQuery(alternatives: string[][]): string {
	const operand = (t: string) => {
		const bare = t.replace(/\p{M}/gu, '');
		return bare.length >= 4 ? `'${bare}':*` : `'${bare}'`;
	};
	const terms = [...new Set(alternatives.map((tokens) => tokens.map(operand).join(' & ')))];
	return terms.map((a) => `(${a})`).join(' | ');
}

/** The text-search configuration and vector column per page language (migration 0027). */
const LOCAL_VECTORS: Record<string, { config: string; column: string }> = {
	de: { config: 'german', column: 'search_leicht' },
	leicht: { config: 'german', column: 'search_leicht' },
	en: { config: 'english', column: 'search_en' },
	tr: { config: 'turkish', column: 'search_tr' },
	ru: { config: 'russian', column: 'search_ru' },
	ar: { config: 'simple', column: 'search_ar' },
	fa: { config: 'simple', column: 'search_fa' },
	uk: { config: 'simple', column: 'search_uk' },
	pl: { config: 'simple', column: 'search_pl' }
};

/** Per word one tsquery in German and one in the page's language; any word may match. */
type ParsedQuery = { words: string[]; perWord: { de: string; local: string }[]; suggestions: string[] };

/** The query words, expanded (thesaurus, synonyms, compounds, corrections), and the "Meinten Sie …?" suggestion. */
async function parseQuery(tx: Tx, networkId: string, words: string[], locale: string): Promise<ParsedQuery> {
	if (words.length === 0) return { words, perWord: [], suggestions: [] };
	const expansions = await expandWords(tx, networkId, words, locale);
	const suggestions = expansions.some((e) => e.corrections.length > 0)
		? [words.map((w, i) => expansions[i]!.corrections[0] ?? w).join(' ')]
		: [];
	const perWord = expansions.map((e) => ({ de: alternativesQuery(e.de), local: alternativesQuery(e.local) }));
	return { words, perWord, suggestions };
}

const list = (values: string[]) => sql`string_to_array(${values.join(',')}, ',')`;

/**
 * CTE `q`: each word's own pair of queries as columns `d0`/`l0`, `d1`/`l1` … (German and the
 * page's language; each parsed once, read per row without copying), the whole query as their
 * OR in German (`de`) and in the page's language (`loc`), and all words strictly. Materialised:
 * in the prepared statement's generic plan the texts are parameters, and the queries must still
 * be built once per statement, not once per offer.
 */
function queryCte(parsed: ParsedQuery, local: { config: string }): SQL {
	if (parsed.perWord.length === 0) return sql`q as materialized (select null::tsquery as de, null::tsquery as loc)`;
	const strict = parsed.words.map((w) => `'${w.replace(/\p{M}/gu, '')}':*`).join(' & ');
	const perWord = parsed.perWord.map(
		(w, i) =>
			sql`to_tsquery('german', nfh_unaccent(${w.de})) as ${sql.raw(`d${i}`)}, to_tsquery(${local.config}::regconfig, nfh_unaccent(${w.local})) as ${sql.raw(`l${i}`)}`
	);
	const any = (prefix: string) => sql.raw(parsed.perWord.map((_, i) => `${prefix}${i}`).join(' || '));
	return sql`q as materialized (select *, ${any('d')} as de, ${any('l')} as loc from (select
		${sql.join(perWord, sql`, `)}, to_tsquery('german', nfh_unaccent(${strict})) as strict) w)`;
}

/**
 * "In meiner Nähe" and a service area: an offer that comes to the family's district (its
 * Einzugsgebiet holds it, or it serves the whole network) is as near as can be (distance 0).
 */
function servesOrigin(origin: { districtIds?: string[] }): SQL {
	const ids = origin.districtIds ?? [];
	return ids.length === 0
		? sql`o.serves_whole_network`
		: sql`(o.serves_whole_network or o.service_district_ids && ${list(ids)})`;
}

/**
 * CTEs `q`, `base` (matching published offers with rank and distance) and `flagged` (one flag
 * per filter). Only what ranking, filters and facets need: the
 * texts of the page of hits are read afterwards for those hits alone.
 */
function flaggedOffers(ctx: TenantContext, input: OfferSearchInput, parsed: ParsedQuery): SQL {
	const networkId = ctx.network.id;
	const local = LOCAL_VECTORS[input.locale ?? 'de'] ?? LOCAL_VECTORS.de!;
	const vector = sql.raw(`o.${local.column}`);
	const words = parsed.perWord.length > 0;
	const match: SQL = words ? sql`(o.search @@ q.de or ${vector} @@ q.loc)` : sql`true`;
	// How many words match (a sentence: the offer that answers most of it first), then how well.
	const wordCount = sql.join(
		parsed.perWord.map((_, i) => sql`(o.search @@ q.${sql.raw(`d${i}`)} or ${vector} @@ q.${sql.raw(`l${i}`)})::int`),
		sql` + `
	);
	const rank: SQL = words
		? sql`2 * (${wordCount})
			+ ts_rank(o.search, q.de) + ts_rank(${vector}, q.loc) + case when o.search @@ q.strict then 1 else 0 end`
		: sql`0`;
	const origin = input.origin;
	// Nearest location; most offers have one, which needs no set-returning subquery per row.
	const distance: SQL = origin
		? sql`case when ${servesOrigin(origin)} then 0::float8 when cardinality(o.lats) = 1 then ${distanceSql(origin, sql`o.lats[1]`, sql`o.lngs[1]`)}
			else (select min(${distanceSql(origin, sql`p.lat`, sql`p.lng`)}) from unnest(o.lats, o.lngs) as p(lat, lng)) end`
		: sql`null::float8`;
	return sql`
		with ${queryCte(parsed, local)},
		base as (
			select o.id, o.title, o.offer_type, o.life_stages, o.topics, o.languages, o.cost_free, o.accessibility,
				-- (a district can be in both lists: the facet count takes each once)
				${servedDistrictIdsSql(networkId, 'o')} as served_ids,
				${rank} as rank,
				${distance} as distance_km
			from offers o, q
			where o.network_id = ${networkId} and o.status = 'published' and ${stillFreshSql(networkId, ctx.now ?? new Date(), 'o')}
			  and (o.valid_to is null or o.valid_to >= current_date)
			  and ${match}
		),
		flagged as (
			select *,
				(${input.lifeStages.length === 0} or life_stages && ${list(input.lifeStages)}) as f_stage,
				(${input.topics.length === 0} or topics && ${list(input.topics)}) as f_topic,
				(${input.types.length === 0} or offer_type = any(${list(input.types)})) as f_type,
				(${input.districts.length === 0} or served_ids && ${list(input.districts)}) as f_district,
				(${input.languages.length === 0} or languages && ${list(input.languages)}) as f_lang,
				(${!input.costFree} or cost_free) as f_cost,
				(${!input.accessible} or 'stufenlos' = any(accessibility)) as f_access
			from base
		)`;
}

type HitRow = {
	id: string;
	title: string;
	summary: string;
	translations: Record<string, { title?: string; summary?: string }> | null;
	provider: string | null;
	offer_type: string;
	life_stages: string[];
	cost_free: boolean;
	languages: string[];
	district_names: string[] | null;
	distance_km: number | null;
};
/** Per matching offer what the facets count: its values, and which filters it passes (bit per filter). */
type MatchRow = [
	lifeStages: string[],
	topics: string[],
	offerType: string,
	servedIds: string[],
	languages: string[],
	costFree: boolean,
	accessible: boolean,
	passes: number
];
type SearchRow = { hits: HitRow[] | null; matches: MatchRow[] | null };

const ALL_FILTERS = sql`f_stage and f_topic and f_type and f_district and f_lang and f_cost and f_access`;

/** One round trip: the page of hits and, per matching offer, what total and facets count. */
async function hitsAndFacets(
	tx: Tx,
	flagged: SQL,
	o: { origin: boolean; page: number; pageSize: number }
): Promise<SearchRow | undefined> {
	const [row] = rowsOf<SearchRow>(
		await executePrepared(
			tx,
			sql`${flagged},
			page as (
				select id, distance_km,
					row_number() over (order by ${o.origin ? sql`distance_km asc nulls last, ` : sql``}rank desc, title) as position
				from flagged
				where ${ALL_FILTERS}
				order by position
				limit ${o.pageSize} offset ${(o.page - 1) * o.pageSize}
			),
			-- Texts, provider and district names for the page of hits only.
			hits as (
				select o.id, o.title, o.summary, o.translations, org.name as provider, o.offer_type, o.life_stages, o.cost_free, o.languages,
					(select array_agg(d.name order by d.name) from districts d where d.id::text = any(o.district_ids)) as district_names,
					p.distance_km, p.position
				from page p join offers o on o.id = p.id left join organisations org on org.id = o.organisation_id
			)
			select (select json_agg(h order by h.position) from hits h) as hits,
				(select json_agg(json_build_array(life_stages, topics, offer_type, served_ids, languages, cost_free,
					'stufenlos' = any(accessibility), f_stage::int + 2 * f_topic::int + 4 * f_type::int + 8 * f_district::int
					+ 16 * f_lang::int + 32 * f_cost::int + 64 * f_access::int)) from flagged) as matches`
		)
	);
	return row;
}

const toHit = (h: HitRow): OfferHit => ({
	id: h.id,
	title: h.title,
	summary: h.summary,
	provider: h.provider,
	offerType: h.offer_type,
	lifeStages: h.life_stages,
	costFree: h.cost_free,
	languages: h.languages,
	districtNames: h.district_names ?? [],
	translations: h.translations ?? {},
	distanceKm: h.distance_km == null ? null : Math.round(Number(h.distance_km) * 10) / 10
});

/** Bits of `MatchRow.passes`, one per filter, in this order. */
const STAGE = 1,
	TOPIC = 2,
	TYPE = 4,
	DISTRICT = 8,
	LANG = 16,
	COST = 32,
	ACCESS = 64,
	ALL = 127;

/**
 * The total (all filters passed) and, for each facet, its values counted over the offers that
 * pass every other filter. Counted here from one list instead of seven grouped queries.
 */
function countFacets(matches: MatchRow[]): { total: number; facets: OfferSearchResult['facets'] } {
	const counts = {
		lifeStage: new Map(),
		topic: new Map(),
		type: new Map(),
		district: new Map(),
		language: new Map()
	} as Record<'lifeStage' | 'topic' | 'type' | 'district' | 'language', Map<string, number>>;
	const add = (map: Map<string, number>, values: string[]) => {
		for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
	};
	let total = 0;
	let costFree = 0;
	let accessible = 0;
	for (const [lifeStages, topics, offerType, servedIds, languages, isFree, isAccessible, passes] of matches) {
		const without = (bit: number) => (passes | bit) === ALL;
		if (passes === ALL) total++;
		if (without(STAGE)) add(counts.lifeStage, lifeStages);
		if (without(TOPIC)) add(counts.topic, topics);
		if (without(TYPE)) add(counts.type, [offerType]);
		if (without(DISTRICT)) add(counts.district, [...new Set(servedIds)]);
		if (without(LANG)) add(counts.language, languages);
		if (isFree && without(COST)) costFree++;
		if (isAccessible && without(ACCESS)) accessible++;
	}
	const sorted = (map: Map<string, number>): FacetCount[] =>
		[...map]
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	return {
		total,
		facets: {
			lifeStage: sorted(counts.lifeStage),
			topic: sorted(counts.topic),
			type: sorted(counts.type),
			district: sorted(counts.district),
			language: sorted(counts.language),
			costFree,
			accessible
		}
	};
}

const NO_FACETS: OfferSearchResult['facets'] = {
	lifeStage: [],
	topic: [],
	type: [],
	district: [],
	language: [],
	costFree: 0,
	accessible: 0
};

/**
 * Full-text search over the network's published offers in German and the page's language
 * (thesaurus, synonyms, compounds, typo tolerance with pg_trgm; ADR 0023), filtered by facets
 * and by the filters the query names ("türkisch", "kostenlos"), ranked by how many words match
 * and how well. Facet counts show, for each facet, the results with all other filters applied.
 */
export async function searchOffers(ctx: TenantContext, input: OfferSearchInput): Promise<OfferSearchResult> {
	const understood = understandQuery(input.q, { literal: input.literal });
	const page = Math.max(1, input.page);
	const pageSize = Math.min(500, Math.max(1, input.pageSize ?? PAGE_SIZE));
	const noWords =
		input.q.trim() !== '' &&
		understood.words.length === 0 &&
		understood.languages.length === 0 &&
		!understood.costFree &&
		!understood.near;
	if (noWords) {
		// Never the unfiltered list as if it were the answer.
		return { total: 0, page, pageCount: 1, hits: [], facets: NO_FACETS, suggestions: [], understood, noWords };
	}
	const filters: OfferSearchInput = {
		...input,
		languages: [...new Set([...input.languages, ...understood.languages])],
		costFree: input.costFree || understood.costFree
	};
	return tenantTx(ctx, async (tx) => {
		const parsed = await parseQuery(tx, ctx.network.id, understood.words, input.locale ?? 'de');
		const { suggestions } = parsed;
		const row = await hitsAndFacets(tx, flaggedOffers(ctx, filters, parsed), {
			origin: !!input.origin,
			page,
			pageSize
		});
		const { total, facets } = countFacets(row?.matches ?? []);
		return {
			total,
			page,
			pageCount: Math.max(1, Math.ceil(total / pageSize)),
			hits: (row?.hits ?? []).map(toHit),
			facets,
			suggestions: total === 0 ? suggestions : [],
			understood,
			noWords: false
		};
	});
}
