import { z } from 'zod';
import { GUIDANCE_STAGES, type GuidanceText } from '$lib/server/db/schema';
import { LOCALES, SOURCE_LOCALE } from '$lib/i18n/locales';

/** The languages a card may carry besides German. */
export const GUIDANCE_LOCALES = LOCALES.map((l) => l.code).filter((c) => c !== SOURCE_LOCALE);

const text = (max: number) => z.string().trim().max(max, 'error.tooLong').default('');

const translationFields = Object.fromEntries(
	GUIDANCE_LOCALES.flatMap((l) => [
		[`title-${l}`, text(120)],
		[`text-${l}`, text(400)]
	])
);

const baseShape = {
	id: z
		.string()
		.trim()
		.default('')
		.refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.invalid'),
	version: z.coerce.number().int().min(0).default(0),
	lifeStage: z.enum(GUIDANCE_STAGES, 'error.choose'),
	title: z.string().trim().min(1, 'error.required').max(120, 'error.tooLong'),
	text: z.string().trim().min(1, 'error.required').max(400, 'error.tooLong'),
	query: z.string().trim().min(1, 'error.required').max(120, 'error.tooLong'),
	position: z
		.string()
		.trim()
		.default('0')
		.refine((v) => /^\d{1,3}$/.test(v), 'homeAdmin.positionInvalid')
		.transform(Number)
};

type TranslationFields = { [key: `${'title' | 'text'}-${string}`]: string };
export type GuidanceCardInput = z.output<z.ZodObject<typeof baseShape>> & TranslationFields;

/** The card form: German fields required, every other language optional (a text without title is refused). */
export const guidanceCardSchema = z.object({ ...baseShape, ...translationFields }).superRefine((v, ctx) => {
	const values = v as Record<string, unknown>;
	for (const l of GUIDANCE_LOCALES) {
		if (values[`text-${l}`] && !values[`title-${l}`])
			ctx.addIssue({ code: 'custom', path: [`title-${l}`], message: 'homeAdmin.titleMissing' });
	}
}) as unknown as z.ZodType<GuidanceCardInput>;

/** The stored `{ locale: { title, text } }` from the form's fields; languages without a title are left out. */
export function translationsOf(input: GuidanceCardInput): Record<string, GuidanceText> {
	const values = input as unknown as Record<string, string | undefined>;
	const out: Record<string, GuidanceText> = {};
	for (const l of GUIDANCE_LOCALES) {
		const title = values[`title-${l}`] ?? '';
		if (title) out[l] = { title, text: values[`text-${l}`] ?? '' };
	}
	return out;
}
