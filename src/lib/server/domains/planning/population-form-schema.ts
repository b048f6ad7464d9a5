import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import { FIGURE_KEYS, parseFigure, parseYear, type FigureKey } from './population-columns';

/** One district's row of the table: only the figures the form had (others stay as stored). */
export type FigureRowInput = { districtId: string; figures: Partial<Record<FigureKey, number | null>> };
export type PopulationFormInput = { year: number; stamp: string; rows: FigureRowInput[] };

/** The name of a figure's input in the table: `f-<districtId>-<figure>`. */
export const figureField = (districtId: string, key: FigureKey) => `f-${districtId}-${key}`;

const FIELD = new RegExp(`^f-([0-9a-f-]{36})-(${FIGURE_KEYS.join('|')})$`);

/**
 * The population table as submitted: every cell parsed (empty = unknown), errors per cell as
 * message keys under the cell's field name, so the page shows them next to the cell.
 */
export function parsePopulationForm(
	values: Record<string, string>,
	now: Date = new Date()
): { ok: true; data: PopulationFormInput } | { ok: false; errors: Record<string, MessageKey> } {
	const errors: Record<string, MessageKey> = {};
	const year = parseYear(values.year ?? '', now);
	if (!year.ok) errors.year = year.message;
	const rows = new Map<string, FigureRowInput>();
	for (const [name, raw] of Object.entries(values)) {
		const m = FIELD.exec(name);
		if (!m || !z.uuid().safeParse(m[1]).success) continue;
		const figure = parseFigure(raw);
		if (!figure.ok) {
			errors[name] = figure.message;
			continue;
		}
		const row = rows.get(m[1]!) ?? { districtId: m[1]!, figures: {} };
		row.figures[m[2] as FigureKey] = figure.value;
		rows.set(m[1]!, row);
	}
	if (Object.keys(errors).length > 0 || !year.ok) return { ok: false, errors };
	return { ok: true, data: { year: year.value, stamp: String(values.stamp ?? ''), rows: [...rows.values()] } };
}

export const planningSettingsSchema = z.object({
	extraFigureName: z.string().trim().max(60, 'error.tooLong'),
	version: z.coerce.number().int().min(0)
});
export type PlanningSettingsInput = z.output<typeof planningSettingsSchema>;
