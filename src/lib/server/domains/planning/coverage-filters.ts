import { z } from 'zod';
import { LIFE_STAGES, OFFER_TYPES, PREVENTION_LEVELS, type LifeStage } from '$lib/server/db/schema';

/**
 * The coverage page's filters as GET parameters (a plain form, works without JS). Anything
 * unreadable falls back to "all" instead of an error: a hand-edited URL still shows the matrix.
 */
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values).or(z.literal('')).catch('').default('');

export const coverageFilterSchema = z.object({
	thema: z
		.string()
		.regex(/^[a-z0-9-]{1,60}$/)
		.or(z.literal(''))
		.catch('')
		.default(''),
	art: choice(OFFER_TYPES),
	ebene: choice(PREVENTION_LEVELS),
	sprache: z
		.string()
		.regex(/^[a-z]{2,3}$/)
		.or(z.literal(''))
		.catch('')
		.default(''),
	jahr: z.coerce.number().int().min(1900).max(2200).optional().catch(undefined),
	/** The life stage the map is coloured by. */
	karte: choice(LIFE_STAGES),
	/** The cell whose offers are listed. */
	stadtteil: z.uuid().or(z.literal('')).catch('').default(''),
	lebensphase: choice(LIFE_STAGES)
});

export type CoverageFilters = {
	topic: string;
	offerType: string;
	preventionLevel: string;
	language: string;
	/** Year of the population figures; undefined = the latest year with figures. */
	year?: number;
};

export type CoverageRequest = {
	filters: CoverageFilters;
	mapStage: LifeStage;
	cell: { districtId: string; stage: LifeStage } | null;
};

/** URL parameters → what the coverage use cases take. */
export function parseCoverageParams(params: URLSearchParams): CoverageRequest {
	const raw = Object.fromEntries([...params.entries()].map(([k, v]) => [k, v.trim()]));
	const p = coverageFilterSchema.parse(raw);
	return {
		filters: { topic: p.thema, offerType: p.art, preventionLevel: p.ebene, language: p.sprache, year: p.jahr },
		mapStage: (p.karte || '0-1') as LifeStage,
		cell: p.stadtteil && p.lebensphase ? { districtId: p.stadtteil, stage: p.lebensphase as LifeStage } : null
	};
}

/** The filters back as URL parameters (for links to a cell, the map's stage, the offer list). */
export function coverageQuery(filters: CoverageFilters, extra: Record<string, string> = {}): string {
	const q = new URLSearchParams();
	if (filters.topic) q.set('thema', filters.topic);
	if (filters.offerType) q.set('art', filters.offerType);
	if (filters.preventionLevel) q.set('ebene', filters.preventionLevel);
	if (filters.language) q.set('sprache', filters.language);
	if (filters.year) q.set('jahr', String(filters.year));
	for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
	return q.toString();
}
