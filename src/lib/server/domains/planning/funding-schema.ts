import { z } from 'zod';
import { MAX_FIGURE, parseFigure, parseYear } from './population-columns';

/** Euros as typed in German ("12.345,67", "12345,6", "12 345") or with a decimal point ("12345.67") → cents. */
export function parseEuros(
	raw: string
):
	| { ok: true; cents: number | null }
	| { ok: false; message: 'planning.error.negative' | 'planning.error.moneyInvalid' } {
	const v = raw.trim().replace(/[\s\u00a0€]/g, '');
	if (v === '') return { ok: true, cents: null };
	if (/^[-\u2212]\d/.test(v)) return { ok: false, message: 'planning.error.negative' };
	let euros: string;
	let decimals = '';
	const german = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(v);
	const dotted = /^(\d+)\.(\d{1,2})$/.exec(v);
	if (german) [euros, decimals] = [german[1]!.replace(/\./g, ''), german[2] ?? ''];
	else if (dotted) [euros, decimals] = [dotted[1]!, dotted[2]!];
	else return { ok: false, message: 'planning.error.moneyInvalid' };
	const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
	if (!Number.isSafeInteger(cents) || cents > 1e15) return { ok: false, message: 'planning.error.moneyInvalid' };
	return { ok: true, cents };
}

/** A count field of the form: empty or a whole number ≥ 0 (same rules as a population figure). */
const count = z.string().transform((v, c) => {
	const parsed = parseFigure(v);
	if (parsed.ok) return parsed.value;
	c.addIssue({ code: 'custom', message: parsed.message });
	return z.NEVER;
});

/** The funding helper's form for one year; the Land's total is checked against the network's figure in the use case. */
export const fundingYearSchema = z.object({
	year: z.string().transform((v, c) => {
		const parsed = parseYear(v);
		if (parsed.ok) return parsed.value;
		c.addIssue({ code: 'custom', message: parsed.message });
		return z.NEVER;
	}),
	landChildren0to3Sgb2: count.refine((v) => v === null || v <= MAX_FIGURE * 10, 'planning.error.tooLarge'),
	allocation: z.string().transform((v, c) => {
		const parsed = parseEuros(v);
		if (parsed.ok) return parsed.cents;
		c.addIssue({ code: 'custom', message: parsed.message });
		return z.NEVER;
	}),
	note: z.string().trim().max(500, 'error.tooLong').default(''),
	version: z.coerce.number().int().min(0).default(0)
});
export type FundingYearInput = z.output<typeof fundingYearSchema>;

/** Cents as German euros with two decimals ("12.345,67"), for the form. */
export const formatEuros = (cents: number | null): string =>
	cents === null ? '' : (cents / 100).toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
