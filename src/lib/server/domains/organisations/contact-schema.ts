import { z } from 'zod';
import { CONSENT_METHODS, CONTACT_VISIBILITIES } from '$lib/server/db/schema';

/** The consent text contacts agree to; its version is stored with each consent. */
export const CONSENT_TEXT_VERSION = 'Einwilligung Netzwerkverzeichnis, Fassung 1 (2026)';

const text = (max: number) => z.string().trim().max(max, 'error.tooLong');
const day = z
	.string()
	.trim()
	.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), 'error.dateInvalid');

export const contactSchema = z
	.object({
		version: z.coerce.number().int().min(0),
		name: z.string().trim().min(1, 'error.required').max(200, 'error.tooLong'),
		role: text(200),
		phone: text(40).refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'error.phoneInvalid'),
		email: text(254).refine((v) => v === '' || z.email().safeParse(v).success, 'error.emailInvalid'),
		visibility: z.enum(CONTACT_VISIBILITIES, 'error.choose'),
		consentAt: day,
		consentMethod: z.enum(['', ...CONSENT_METHODS], 'error.choose'),
		consentRevokedAt: day
	})
	.superRefine((v, ctx) => {
		if (v.visibility !== 'coordination' && (!v.consentAt || !v.consentMethod))
			ctx.addIssue({ code: 'custom', path: ['consentAt'], message: 'error.consentNeeded' });
		if (v.consentAt && !v.consentMethod)
			ctx.addIssue({ code: 'custom', path: ['consentMethod'], message: 'error.choose' });
		if (v.consentRevokedAt && v.consentAt && v.consentRevokedAt < v.consentAt)
			ctx.addIssue({ code: 'custom', path: ['consentRevokedAt'], message: 'error.dateOrder' });
	});
export type ContactInput = z.output<typeof contactSchema>;
