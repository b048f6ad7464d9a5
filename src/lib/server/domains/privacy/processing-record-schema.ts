import { z } from 'zod';

/** The typed parts of the Art. 30 record: controller and data-protection officer (the rest is generated). */
export const processingRecordSchema = z.object({
	controllerName: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	controllerAddress: z.string().trim().max(500, 'error.tooLong').default(''),
	dpoContact: z.string().trim().min(1, 'error.required').max(500, 'error.tooLong'),
	notes: z.string().trim().max(4000, 'error.tooLong').default(''),
	version: z.coerce.number().int().min(0).default(0)
});
export type ProcessingRecordInput = z.output<typeof processingRecordSchema>;
