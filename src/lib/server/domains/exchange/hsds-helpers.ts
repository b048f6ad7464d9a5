import type { TenantContext } from '$lib/server/domains/shared/context';
import { berlinDay, berlinOffset } from '$lib/time';

// Pure helpers of the HSDS answers: the data every mapping needs, empty-field cleaning, paging, offsets.

export type Json = Record<string, unknown>;

/** Drops empty strings, nulls and empty arrays (HSDS fields are typed strings, `null` would not validate). */
export function clean<T extends Json>(o: T): T {
	const kept: Json = {};
	for (const key in o) {
		const v = o[key];
		if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) kept[key] = v;
	}
	return kept as T;
}

/** The one-to-one fields of an object (no lists, no nested objects): the HSDA list form. */
export function oneToOne(o: Json): Json {
	return Object.fromEntries(
		Object.entries(o).filter(([, v]) => !Array.isArray(v) && (typeof v !== 'object' || v === null))
	);
}

/** What the mappings need of the network: its names, topics, district names and the address of the API. */
export type HsdsContext = {
	network: { id: string; slug: string; name: string; municipality: string };
	topics: { slug: string; name: string }[];
	districtName: Map<string, string>;
	baseUrl: string;
};

export type Page<T> = {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: T[];
};

export function page<T>(contents: T[], total: number, pageNumber: number, perPage: number): Page<T> {
	const totalPages = Math.max(1, Math.ceil(total / perPage));
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: pageNumber,
		size: contents.length,
		first_page: pageNumber === 1,
		last_page: pageNumber >= totalPages,
		empty: contents.length === 0,
		contents
	};
}

export type PageQuery = { page: number; perPage: number; q: string; full: boolean };

/** A page of a list that is built in memory (taxonomies, terms). */
export function slicePage<T>(all: T[], query: PageQuery): Page<T> {
	return page(
		all.slice((query.page - 1) * query.perPage, query.page * query.perPage),
		all.length,
		query.page,
		query.perPage
	);
}

/** Berlin's UTC offset on a calendar day ("+01:00" in winter, "+02:00" in summer), as HSDS times carry it. */
export const offsetOn = (day: string): string => berlinOffset(new Date(`${day}T12:00:00Z`));

/** The day of the answer in Berlin time (past dates and closures are left out). */
export const hsdsToday = (ctx: Pick<TenantContext, 'now'>): string => berlinDay(ctx.now ?? new Date());
