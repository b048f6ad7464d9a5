import { z } from 'zod';
import { DOCUMENT_ACCESS } from '$lib/server/db/schema';

/** Field names are unique on the meeting page, which has its own title field. */
export const documentSchema = z
	.object({
		documentTitle: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
		access: z.enum(DOCUMENT_ACCESS, 'error.choose'),
		bodyId: z
			.union([z.literal(''), z.uuid('error.choose')])
			.optional()
			.transform((v) => v || null)
	})
	.transform(({ documentTitle, ...rest }) => ({ ...rest, title: documentTitle }));
