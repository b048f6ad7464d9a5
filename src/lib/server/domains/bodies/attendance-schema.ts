import { z } from 'zod';

const optionalUuid = z.union([z.literal(''), z.uuid('error.notInNetwork')]);

/** "Anwesenheit hinzufügen": a contact of a member organisation, or a free name with an organisation. */
export const addAttendeeSchema = z
	.object({
		contactId: optionalUuid.default(''),
		name: z.string().trim().max(200, 'error.tooLong').default(''),
		organisationId: optionalUuid.default(''),
		organisationName: z.string().trim().max(200, 'error.tooLong').default('')
	})
	.superRefine((v, ctx) => {
		if (!v.contactId && !v.name)
			ctx.addIssue({ code: 'custom', path: ['name'], message: 'attendance.error.nameOrContact' });
		if (v.contactId && v.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'attendance.error.notBoth' });
	});
export type AddAttendeeInput = z.output<typeof addAttendeeSchema>;
