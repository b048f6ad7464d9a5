import { z } from 'zod';
import { LOCALES, type LocaleCode } from '$lib/i18n/locales';

// The portal's "Bitte um Kontakt" form (issue 16, item 1): only what a call back needs. Errors are
// message keys of the portal catalog, so they show in the page's language.

/** The short message's limit, said next to the field (and a CHECK in the database). */
export const MESSAGE_MAX = 300;

/** The hidden field people never see and bots fill in (honeypot), as on the event registration. */
export const HONEYPOT_FIELD = 'website';

export type ContactRequestInput = {
	name: string;
	phone: string;
	email: string;
	language: LocaleCode;
	bestTime: string;
	message: string;
	honeypot: string;
};

const optional = (schema: z.ZodType<string, string>) => z.string().optional().default('').pipe(schema);
const LANGUAGE_CODES = LOCALES.map((l) => l.code) as string[];

export const contactRequestSchema = z
	.object({
		name: optional(z.string().trim().min(1, 'contact.form.nameRequired').max(100, 'contact.form.tooLong')),
		phone: optional(
			z
				.string()
				.trim()
				.max(40, 'contact.form.tooLong')
				.refine((v) => v === '' || /^\+?[0-9][0-9 ()/-]{2,}$/.test(v), 'contact.form.phoneInvalid')
		),
		email: optional(
			z
				.string()
				.trim()
				.max(254, 'contact.form.tooLong')
				.refine((v) => v === '' || z.email().safeParse(v).success, 'contact.form.emailInvalid')
		),
		language: optional(z.string().refine((v) => LANGUAGE_CODES.includes(v), 'contact.form.chooseLanguage')),
		bestTime: optional(z.string().trim().max(100, 'contact.form.tooLong')),
		// Counted in characters as people see them (an emoji is one), as the database's CHECK does.
		message: optional(
			z
				.string()
				.trim()
				.refine((v) => [...v].length <= MESSAGE_MAX, 'contact.form.messageTooLong')
		),
		// Unchecked, a checkbox sends nothing at all: the default makes that a refusal too.
		consent: optional(z.string().refine((v) => v === '1', 'contact.form.consentRequired')),
		[HONEYPOT_FIELD]: z.string().optional().default('')
	})
	.superRefine((v, issue) => {
		if (v.phone === '' && v.email === '')
			issue.addIssue({ code: 'custom', path: ['phone'], message: 'contact.form.reachRequired' });
	})
	.transform((v): ContactRequestInput => ({
		name: v.name,
		phone: v.phone,
		email: v.email,
		language: v.language as LocaleCode,
		bestTime: v.bestTime,
		message: v.message,
		honeypot: v[HONEYPOT_FIELD]
	}));
