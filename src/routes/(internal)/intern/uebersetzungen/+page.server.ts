import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n';
import { isAppError } from '$lib/server/errors';
import { importTranslationPackage } from '$lib/server/domains/exchange/translation-package';
import { importTranslationXliff, looksLikeXliff } from '$lib/server/domains/exchange/translation-xliff';
import { listNetworkTerms } from '$lib/server/domains/tenancy/list-network-terms';
import { saveTermTranslations, type TermEdit } from '$lib/server/domains/taxonomy/term-translations';
import type { TargetLocale } from '$lib/server/domains/taxonomy/shipped-term-translations';
import { coordinatorContext } from '$lib/server/http/context';
import { raise } from '$lib/server/http/errors';
import { parseWith, type FieldErrors } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const TARGETS = LOCALES.filter((l) => l.code !== 'de').map((l) => ({ code: l.code as TargetLocale, name: l.name }));
const MAX_PACKAGE_BYTES = 5 * 1024 * 1024;
const termText = z.string().max(300, 'tr.errorTermTooLong');
const editSchema = z.object({
	source: z.string().min(1).max(20_000),
	text: termText,
	version: z.coerce.number().int().min(0)
});

const localeFrom = (value: unknown): TargetLocale | null => TARGETS.find((l) => l.code === value)?.code ?? null;

export const load: PageServerLoad = async (event) => {
	const ctx = coordinatorContext(event);
	const locale = localeFrom(event.url.searchParams.get('sprache')) ?? 'en';
	return { targets: TARGETS, locale, terms: await listNetworkTerms(ctx, locale) };
};

/** The edited rows of the term form (`source-i`, `version-i`, `text-i`), checked one by one. */
function editsFrom(form: FormData) {
	const count = Math.min(Number(form.get('count') ?? 0) || 0, 2000);
	const edits: TermEdit[] = [];
	const errors: FieldErrors = {};
	const values: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		const raw = {
			source: form.get(`source-${i}`),
			text: form.get(`text-${i}`) ?? '',
			version: form.get(`version-${i}`)
		};
		values[String(raw.source ?? '')] = String(raw.text);
		const parsed = parseWith(editSchema, raw);
		if (parsed.ok) edits.push(parsed.data);
		else errors[`text-${i}`] = parsed.errors.text ?? 'error.invalid';
	}
	return { edits, errors, values };
}

const packageError = (locale: TargetLocale, message: MessageKey) =>
	fail(400, { packageErrors: { file: message } satisfies FieldErrors, locale });

async function runPackage(event: Parameters<Actions[string]>[0], apply: boolean) {
	const ctx = coordinatorContext(event);
	const form = await event.request.formData();
	const locale = localeFrom(form.get('locale'));
	if (!locale) return fail(400, { packageErrors: { file: 'tr.errorLocale' } satisfies FieldErrors, locale: 'en' });
	let bytes: Uint8Array;
	if (apply) {
		// The checked file comes back from the preview page as base64; apply checks every row again.
		const kept = String(form.get('package') ?? '');
		if (!kept || !/^[A-Za-z0-9+/=]+$/.test(kept)) return packageError(locale, 'tr.errorExpired');
		bytes = new Uint8Array(Buffer.from(kept, 'base64'));
	} else {
		const file = form.get('file');
		if (!(file instanceof File) || (file.size === 0 && !file.name)) return packageError(locale, 'error.importNoFile');
		if (file.size === 0) return packageError(locale, 'error.importEmpty');
		if (file.size > MAX_PACKAGE_BYTES) return packageError(locale, 'tr.errorFileTooLarge');
		bytes = new Uint8Array(await file.arrayBuffer());
	}
	if (bytes.length > MAX_PACKAGE_BYTES) return packageError(locale, 'tr.errorFileTooLarge');
	try {
		// One upload field for both formats: an XML file is read as XLIFF 2.0, anything else as a spreadsheet.
		const result = looksLikeXliff(bytes)
			? await importTranslationXliff(ctx, locale, bytes, { apply })
			: await importTranslationPackage(ctx, locale, bytes, { apply });
		if (result.fileError)
			return fail(400, {
				packageErrors: { file: result.fileError.message } satisfies FieldErrors,
				packageValues: result.fileError.values ?? {},
				locale
			});
		return {
			locale,
			result,
			kept: !result.applied && result.errors.length === 0 ? Buffer.from(bytes).toString('base64') : null
		};
	} catch (e) {
		raise(e);
	}
}

export const actions: Actions = {
	terms: async (event) => {
		const ctx = coordinatorContext(event);
		const form = await event.request.formData();
		const locale = localeFrom(form.get('locale'));
		if (!locale) return fail(400, { errors: { form: 'tr.errorLocale' } satisfies FieldErrors, values: {} });
		const { edits, errors, values } = editsFrom(form);
		if (Object.keys(errors).length > 0) return fail(400, { errors, values, locale });
		try {
			const { changed } = await saveTermTranslations(ctx, locale, edits);
			return { saved: changed, locale };
		} catch (e) {
			if (isAppError(e, 'conflict')) return fail(409, { conflict: true, values, locale });
			raise(e);
		}
	},
	preview: (event) => runPackage(event, false),
	apply: (event) => runPackage(event, true)
};
