import { z } from 'zod';
import type { PersonQuery } from './person-data-sources/source-helpers';

const field = z
	.string()
	.trim()
	.max(254, 'error.tooLong')
	.transform((v) => v.replace(/\s+/g, ' '));

/** The Art. 15 / 17 search: an e-mail address (exact, case ignored) and/or a name (case and accents ignored). */
export const personQuerySchema = z
	.object({
		email: field.refine((v) => v === '' || z.email().safeParse(v).success, 'error.emailInvalid'),
		name: field.refine((v) => v === '' || v.length >= 3, 'personData.error.nameTooShort')
	})
	.superRefine((v, c) => {
		if (!v.email && !v.name) c.addIssue({ code: 'custom', path: ['email'], message: 'personData.error.queryRequired' });
	});

export type PersonQueryInput = z.output<typeof personQuerySchema>;

/** The query as the sources use it: the address in lower case, empty fields as null. */
export function toPersonQuery(input: PersonQueryInput): PersonQuery {
	return { email: input.email ? input.email.toLowerCase() : null, name: input.name ? input.name.toLowerCase() : null };
}

/** The confirmation of an erasure: the person's e-mail typed again, or (for a search by name only) the box ticked. */
export const erasureConfirmSchema = z.object({ confirmed: z.literal('on', { message: 'personData.error.confirm' }) });
