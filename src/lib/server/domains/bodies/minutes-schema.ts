import { z } from 'zod';

/** How many new task rows the minutes form offers. */
export const TASK_ROWS = 3;
const day = z
	.string()
	.trim()
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), 'error.dateInvalid');

/** Minutes text plus up to TASK_ROWS new tasks (a row counts when it has a title). */
export const minutesSchema = z
	.object({
		minutes: z.string().trim().max(20_000, 'error.tooLong'),
		...(Object.fromEntries(
			Array.from({ length: TASK_ROWS }, (_, i) => [
				[`task-${i}-title`, z.string().trim().max(300, 'error.tooLong').default('')],
				[`task-${i}-owner`, z.string().trim().max(200, 'error.tooLong').default('')],
				[`task-${i}-due`, day.default('')]
			]).flat()
		) as Record<never, z.ZodString>)
	})
	.superRefine((v, ctx) => {
		const values = v as Record<string, string>;
		for (let i = 0; i < TASK_ROWS; i++) {
			if (!values[`task-${i}-title`] && (values[`task-${i}-owner`] || values[`task-${i}-due`]))
				ctx.addIssue({ code: 'custom', path: [`task-${i}-title`], message: 'error.required' });
		}
	});
export type MinutesInput = z.output<typeof minutesSchema> & Record<string, string>;
