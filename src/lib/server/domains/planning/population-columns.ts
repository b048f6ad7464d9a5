import { t } from '$lib/i18n';
import type { Column } from '$lib/server/domains/exchange/offer-columns';
import { berlinDay } from '$lib/time';

/** The figures of one district and year, as stored; null = not known (never 0). */
export const FIGURE_KEYS = ['children0to3', 'children3to6', 'births', 'children0to3Sgb2', 'extra'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, number | null>;

/** The largest figure anyone types for one district (a typo guard; Berlin has fewer children). */
export const MAX_FIGURE = 10_000_000;

/** Years the helpers accept: from 1990 up to the current year (figures of the future do not exist). */
export const MIN_YEAR = 1990;
export const currentYear = (now: Date = new Date()) => Number(berlinDay(now).slice(0, 4));

/** The figure keys in use: the free figure only when the network named it. */
export const figureKeysFor = (extraFigureName: string): FigureKey[] =>
	FIGURE_KEYS.filter((k) => k !== 'extra' || extraFigureName.trim() !== '');

/** The column header of a figure (also the table's column); the free figure carries the network's name. */
export const figureHeader = (key: FigureKey, extraFigureName: string): string =>
	key === 'extra' ? extraFigureName.trim() : t(`planning.figure.${key}`);

/** The import's columns: district and year, then the figures in use. */
export function populationColumns(extraFigureName: string): Column[] {
	return [
		{ key: 'district', header: t('planning.column.district'), kind: 'district' },
		{ key: 'year', header: t('planning.column.year'), kind: 'number' },
		...figureKeysFor(extraFigureName).map((key): Column => ({
			key,
			header: figureHeader(key, extraFigureName),
			kind: 'number'
		}))
	];
}

export type FigureParse =
	| { ok: true; value: number | null }
	| { ok: false; message: 'planning.error.notNumber' | 'planning.error.negative' | 'planning.error.tooLarge' };

/**
 * A typed or imported figure: empty = unknown (null); whole numbers, also with German thousands
 * dots or spaces ("1.234", "1 234"). Text, fractions, negative and absurdly large numbers are refused.
 */
export function parseFigure(raw: string): FigureParse {
	const v = raw.trim().replace(/[\s\u00a0]/g, '');
	if (v === '') return { ok: true, value: null };
	if (/^[-\u2212]\d/.test(v)) return { ok: false, message: 'planning.error.negative' };
	if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(v)) return { ok: false, message: 'planning.error.notNumber' };
	const n = Number(v.replace(/\./g, ''));
	if (!Number.isSafeInteger(n) || n > MAX_FIGURE) return { ok: false, message: 'planning.error.tooLarge' };
	return { ok: true, value: n };
}

export type YearParse =
	{ ok: true; value: number } | { ok: false; message: 'planning.error.yearInvalid' | 'planning.error.yearFuture' };

/** A year as typed: four digits, not before MIN_YEAR, not after the current year. */
export function parseYear(raw: string, now: Date = new Date()): YearParse {
	const v = raw.trim();
	if (!/^\d{4}$/.test(v) || Number(v) < MIN_YEAR) return { ok: false, message: 'planning.error.yearInvalid' };
	if (Number(v) > currentYear(now)) return { ok: false, message: 'planning.error.yearFuture' };
	return { ok: true, value: Number(v) };
}
