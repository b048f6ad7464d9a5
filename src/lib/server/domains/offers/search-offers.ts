import { stillFreshSql } from './freshness';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { rowsOf } from '$lib/server/db/scope';
import { tenantTx, type TenantContext } from '$lib/server/domains/shared/context';
import { searchWordsOf, normaliseText } from './normalise';

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
	origin?: { lat: number; lng: number } | null;
	/** Results per page; the map asks for more. */
	pageSize?: number;
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
};

type Expansion = { alternatives: string[][]; corrections: string[] };

/** Synonyms of a word from the network's groups, each as a list of tokens. */
function synonymsOf(word: string, groups: string[][]): string[][] {
	const result: string[][] = [];
	for (const group of groups) {
		const normalised = group.map((term) =>
			normaliseText(term)
				.split(/[^a-z0-9]+/)
				.filter((t) => t.length >= 3 && t !== 'und')
		);
		if (normalised.some((tokens) => tokens.length === 1 && tokens[0] === word)) {
			for (const tokens of normalised) if (tokens.length > 0) result.push(tokens);
		}
	}
	return result;
}

type Candidate = { q: string; word: string; sim: number; frequency: number; prefix: boolean; contains: boolean };

/**
 * For every query word at once (one round trip): the network's synonym groups and the
 * lexicon words that start with it, contain it (compounds) or resemble it (typos).
 */
async function expandWords(tx: Tx, networkId: string, words: string[]): Promise<Expansion[]> {
	const [row] = rowsOf<{ synonyms: string[][] | null; candidates: Candidate[] | null }>(
		await tx.execute(sql`
			select
				(select json_agg(terms) from synonym_groups where network_id = ${networkId}) as synonyms,
				(select json_agg(c) from (
					select w.q, sw.word, similarity(sw.word, w.q) as sim, sw.frequency,
						sw.word like w.q || '%' as prefix, strpos(sw.word, w.q) > 0 as contains
					from unnest(string_to_array(${words.join(',')}, ',')) as w(q)
					-- The network's own lexicon (a few hundred words) through its primary key:
					-- cheaper than the trigram index across every network's words.
					join search_words sw on sw.network_id = ${networkId}
						and (starts_with(sw.word, w.q) or similarity(sw.word, w.q) >= 0.3 or (length(w.q) >= 4 and strpos(sw.word, w.q) > 0))
				) c) as candidates`)
	);
	const groups = row?.synonyms ?? [];
	const candidates = row?.candidates ?? [];
	return words.map((word) => {
		const mine = candidates.filter((c) => c.q === word);
		const alternatives: string[][] = [[word], ...synonymsOf(word, groups)];
		let corrections: string[] = [];
		if (!mine.some((c) => c.prefix)) {
			// Typo: the closest words of this network's offers.
			corrections = mine
				.filter((c) => c.sim >= 0.35)
				.sort((a, b) => b.sim - a.sim || b.frequency - a.frequency)
				.slice(0, 3)
				.map((c) => c.word);
			for (const c of corrections) alternatives.push([c], ...synonymsOf(c, groups));
		}
		// German compounds: "hebamme" also finds "Familienhebamme".
		const compounds = mine
			.filter((c) => c.contains && c.word !== word && word.length >= 4)
			.sort((a, b) => b.frequency - a.frequency)
			.slice(0, 8);
		for (const c of compounds) alternatives.push([c.word]);
		return { alternatives, corrections };
	});
}

function toTsQuery(expansions: Expansion[]): string {
	return expansions
		.map(
			(e) =>
				`(${[...new Set(e.alternatives.map((tokens) => tokens.map((t) => `${t}:*`).join(' & ')))].map((a) => `(${a})`).join(' | ')})`
		)
		.join(' & ');
}

const list = (values: string[]) => sql`string_to_array(${values.join(',')}, ',')`;

/** The query words, expanded (synonyms, compounds, corrections) into a tsquery, and the "Meinten Sie …?" suggestion. */
async function parseQuery(tx: Tx, networkId: string, q: string) {
	const words = searchWordsOf(q);
	let tsQuery: string | null = null;
	let suggestions: string[] = [];
	if (words.length > 0) {
		const expansions = await expandWords(tx, networkId, words);
		tsQuery = toTsQuery(expansions);
		suggestions = expansions.some((e) => e.corrections.length > 0)
			? [words.map((w, i) => expansions[i]!.corrections[0] ?? w).join(' ')]
			: [];
	}
	return { words, tsQuery, suggestions };
}

/** CTEs `q`, `base` (matching published offers with rank and distance) and `flagged` (one flag per filter). */
function flaggedOffers(ctx: TenantContext, input: OfferSearchInput, words: string[], tsQuery: string | null): SQL {
	const networkId = ctx.network.id;
	const query: SQL = tsQuery ? sql`to_tsquery('german', ${tsQuery})` : sql`null::tsquery`;
	const match: SQL = tsQuery ? sql`o.search @@ q.query` : sql`true`;
	const rank: SQL = tsQuery
		? sql`ts_rank(o.search, q.query) + case when o.search @@ q.strict then 1 else 0 end`
		: sql`0`;
	const strict: SQL =
		words.length > 0 ? sql`to_tsquery('german', ${words.map((w) => `${w}:*`).join(' & ')})` : sql`null::tsquery`;
	return sql`
		with q as (select ${query} as query, ${strict} as strict),
		base as (
			select o.id, o.title, o.summary, o.translations, o.offer_type, o.life_stages, o.topics, o.languages, o.cost_free, o.accessibility,
				o.district_ids,
				${rank} as rank,
				${
					input.origin
						? sql`(select min(6371 * 2 * asin(sqrt(power(sin(radians(p.lat - ${input.origin.lat}) / 2), 2) + cos(radians(${input.origin.lat})) * cos(radians(p.lat)) * power(sin(radians(p.lng - ${input.origin.lng}) / 2), 2))))
							from unnest(o.lats, o.lngs) as p(lat, lng))`
						: sql`null::float8`
				} as distance_km,
				o.organisation_id
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
				(${input.districts.length === 0} or district_ids && ${list(input.districts)}) as f_district,
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
type SearchRow = {
	hits: HitRow[] | null;
	total: number;
	facets: { facet: string; value: string; count: number }[] | null;
};

const ALL_FILTERS = sql`f_stage and f_topic and f_type and f_district and f_lang and f_cost and f_access`;

/** One round trip: the page of hits, the total and every facet's counts. */
async function hitsAndFacets(
	tx: Tx,
	flagged: SQL,
	o: { origin: boolean; page: number; pageSize: number }
): Promise<SearchRow | undefined> {
	const [row] = rowsOf<SearchRow>(
		await tx.execute(sql`${flagged},
			hits as (
				select f.id, f.title, f.summary, f.translations, org.name as provider, f.offer_type, f.life_stages, f.cost_free, f.languages,
					(select array_agg(d.name order by d.name) from districts d where d.id::text = any(f.district_ids)) as district_names,
					f.distance_km
				from flagged f left join organisations org on org.id = f.organisation_id
				where ${ALL_FILTERS}
				order by ${o.origin ? sql`f.distance_km asc nulls last, ` : sql``}f.rank desc, f.title
				limit ${o.pageSize} offset ${(o.page - 1) * o.pageSize}
			),
			facets as (
				select 'lifeStage' as facet, v as value, count(*)::int as count from flagged, unnest(life_stages) v
					where f_topic and f_type and f_district and f_lang and f_cost and f_access group by v
				union all
				select 'topic', v, count(*)::int from flagged, unnest(topics) v
					where f_stage and f_type and f_district and f_lang and f_cost and f_access group by v
				union all
				select 'type', offer_type, count(*)::int from flagged
					where f_stage and f_topic and f_district and f_lang and f_cost and f_access group by offer_type
				union all
				select 'district', v, count(*)::int from flagged, unnest(district_ids) v
					where f_stage and f_topic and f_type and f_lang and f_cost and f_access group by v
				union all
				select 'language', v, count(*)::int from flagged, unnest(languages) v
					where f_stage and f_topic and f_type and f_district and f_cost and f_access group by v
				union all
				select 'costFree', 'true', count(*)::int from flagged
					where cost_free and f_stage and f_topic and f_type and f_district and f_lang and f_access
				union all
				select 'accessible', 'true', count(*)::int from flagged
					where 'stufenlos' = any(accessibility) and f_stage and f_topic and f_type and f_district and f_lang and f_cost
			)
			select (select json_agg(h) from hits h) as hits,
				(select count(*)::int from flagged where ${ALL_FILTERS}) as total,
				(select json_agg(x) from facets x) as facets`)
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

/**
 * Full-text search over the network's published offers (German stemming, unaccent,
 * synonyms, typo tolerance with pg_trgm), filtered by facets, ranked by relevance.
 * Facet counts show, for each facet, the results with all other filters applied.
 */
export async function searchOffers(ctx: TenantContext, input: OfferSearchInput): Promise<OfferSearchResult> {
	return tenantTx(ctx, async (tx) => {
		const { words, tsQuery, suggestions } = await parseQuery(tx, ctx.network.id, input.q);
		const page = Math.max(1, input.page);
		const pageSize = Math.min(500, Math.max(1, input.pageSize ?? PAGE_SIZE));
		const row = await hitsAndFacets(tx, flaggedOffers(ctx, input, words, tsQuery), {
			origin: !!input.origin,
			page,
			pageSize
		});
		const facetRows = row?.facets ?? [];
		const facet = (name: string) =>
			facetRows
				.filter((r) => r.facet === name)
				.map((r) => ({ value: r.value, count: Number(r.count) }))
				.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
		const total = Number(row?.total ?? 0);
		return {
			total,
			page,
			pageCount: Math.max(1, Math.ceil(total / pageSize)),
			hits: (row?.hits ?? []).map(toHit),
			facets: {
				lifeStage: facet('lifeStage'),
				topic: facet('topic'),
				type: facet('type'),
				district: facet('district'),
				language: facet('language'),
				costFree: facet('costFree')[0]?.count ?? 0,
				accessible: facet('accessible')[0]?.count ?? 0
			},
			suggestions: total === 0 ? suggestions : []
		};
	});
}
