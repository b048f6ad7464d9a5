import { z } from 'zod';

const term = z.string().trim().min(1, 'error.required').max(100, 'error.tooLong');
const month = z.union([z.literal(''), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'error.invalid')]);

/** "Als Lücke notieren": the term, an optional note, the month it was seen in. */
export const noteGapSchema = z.object({
	term,
	note: z.string().trim().max(1000, 'error.tooLong').default(''),
	month: month.default('')
});
export type NoteGapInput = z.output<typeof noteGapSchema>;

/** "Als Synonym hinzufügen": to an existing group (its terms as shown) or to a new group with a term typed in. */
export const addSynonymSchema = z
	.object({
		term,
		group: z.string().max(20_000, 'error.tooLong').default(''),
		partner: z.string().trim().max(100, 'error.tooLong').default('')
	})
	.superRefine((v, ctx) => {
		if (!v.group && !v.partner)
			ctx.addIssue({ code: 'custom', path: ['partner'], message: 'demand.error.groupOrPartner' });
		if (v.partner.includes(',')) ctx.addIssue({ code: 'custom', path: ['partner'], message: 'demand.error.oneTerm' });
	});
export type AddSynonymInput = z.output<typeof addSynonymSchema>;
