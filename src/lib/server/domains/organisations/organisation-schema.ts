import { z } from 'zod';
import { MEMBERSHIP_STATUSES } from '$lib/server/db/schema';

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
	districtIds: z.array(z.uuid('error.choose')),
	/** "Versorgt das ganze Netzwerkgebiet" (Einzugsgebiet, issue 15). */
	servesWholeNetwork: z.boolean().default(false)
});
export type OrganisationProfileInput = z.output<typeof organisationProfileSchema>;

const isoDate = z
	.string()
	.trim()
	.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'error.dateInvalid');

/** The coordinator's organisation form: profile, § 3 KKG category, membership (a status change needs its date). */
export const memberOrganisationSchema = organisationProfileSchema.extend({
	partnerCategoryId: z
		.string()
		.trim()
		.refine((v) => v === '' || z.uuid().safeParse(v).success, 'error.choose'),
	membershipStatus: z.enum(['', ...MEMBERSHIP_STATUSES], 'error.choose'),
	statusDate: z
		.string()
		.trim()
		.refine((v) => v === '' || isoDate.safeParse(v).success, 'error.dateInvalid'),
	statusNote: text(500),
	listedPublicly: z.boolean()
});
export type MemberOrganisationInput = z.output<typeof memberOrganisationSchema>;
