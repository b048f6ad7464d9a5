import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');

/** An organisation's profile as its provider editor (or the coordinator) keeps it. */
export const organisationProfileSchema = z.object({
	version: z.coerce.number().int().min(0),
	name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
	description: text(5000),
	street: text(200),
	postcode: text(10).refine((v) => v === '' || /^\d{5}$/.test(v), 'error.postcodeFormat'),
	city: text(100),
	phone: text(40).refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'error.phoneInvalid'),
	email: text(254).refine((v) => v === '' || z.email().safeParse(v).success, 'error.emailInvalid'),
	web: text(500).refine((v) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), 'error.urlInvalid'),
	districtIds: z.array(z.uuid('error.choose'))
});
export type OrganisationProfileInput = z.output<typeof organisationProfileSchema>;
