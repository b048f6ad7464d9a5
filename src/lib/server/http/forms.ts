import { error, fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { isMessageKey, t, type MessageKey } from '$lib/i18n';

/** Field name → message key. Zod schemas carry message keys, never texts. */
export type FieldErrors = Record<string, MessageKey>;
export type FormValues = Record<string, string>;

const SECRET_FIELDS = new Set(['password', 'passwordRepeat', 'currentPassword', 'code']);

// PostgreSQL refuses NUL in text and JSON, and a lone surrogate cannot be written as UTF-8.
const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without the characters the database cannot store (NUL, lone surrogates); nobody types them on purpose. */
export function storableText(value: string): string {
	return value.replace(UNSTORABLE, '');
}

/**
 * Makes `request.formData()` safe for every form action: a body that is not a readable form
 * (broken multipart, wrong boundary) answers 400 with a message instead of a 500, and text
 * fields lose the characters the database cannot store.
 */
export function guardFormData(request: Request): void {
	const read = request.formData.bind(request);
	request.formData = async () => {
		let form: FormData;
		try {
			form = await read();
		} catch {
			error(400, t('error.formUnreadable'));
		}
		const clean = new FormData();
		for (const [key, value] of form.entries()) {
			if (typeof value === 'string') clean.append(storableText(key), storableText(value));
			else clean.append(storableText(key), value, value.name);
		}
		return clean;
	};
}

/** What the user typed, to render the form again; secrets are never echoed back. */
export function formValues(form: FormData): FormValues {
	const values: FormValues = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && !SECRET_FIELDS.has(key)) values[key] = value;
	}
	return values;
}

export function zodErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.join('.') || 'form';
		if (errors[field]) continue;
		errors[field] = isMessageKey(issue.message) ? issue.message : 'error.invalid';
	}
	return errors;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	return { ok: false, errors: zodErrors(result.error) };
}

/** Parses a submitted form with a zod schema over its string fields. */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData): Parsed<z.output<S>> {
	return parseWith(schema, Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')));
}

/** A 400 answer that re-renders the form with errors next to fields and the typed values kept. */
export function invalid<V = FormValues>(errors: FieldErrors, values: V, status = 400) {
	return fail(status, { errors, values });
}
