import { z } from 'zod';

export const emailSchema = z
	.string()
	.trim()
	.min(1, 'error.emailRequired')
	.max(254, 'error.emailInvalid')
	.pipe(z.email('error.emailInvalid'))
	.transform((v) => v.toLowerCase());

export const newPasswordSchema = z
	.object({
		password: z.string().min(12, 'error.passwordTooShort').max(200, 'error.passwordTooLong'),
		passwordRepeat: z.string()
	})
	.refine((v) => v.password === v.passwordRepeat, { path: ['passwordRepeat'], message: 'error.passwordMismatch' });

export const loginSchema = z.object({
	email: emailSchema,
	password: z.string().min(1, 'error.passwordRequired').max(200, 'error.invalidCredentials')
});

export const codeSchema = z.object({
	code: z
		.string()
		.trim()
		.transform((v) => v.replace(/[\s-]/g, ''))
		.pipe(
			z
				.string()
				.min(1, 'error.codeRequired')
				.regex(/^(\d{6}|[a-z0-9]{10})$/i, 'error.codeFormat')
		)
});
