import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { storableText } from './forms';

/** Route parameters that must be UUIDs (anything else is a 404 before the database is asked). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID route parameter or form field, else 404. */
export function uuidParam(v: string | undefined | null): string {
	if (!v || !UUID.test(v)) error(404, t('error.notFound'));
	return v;
}

/**
 * Query parameters and route parameters without the characters the database cannot store
 * (`?q=%00` searched with a NUL). Changed in place, before any load function reads them.
 */
export function cleanUrlInput(url: URL, params: Partial<Record<string, string>>): void {
	const entries = [...url.searchParams.entries()];
	if (entries.some(([k, v]) => storableText(k) !== k || storableText(v) !== v)) {
		url.search = new URLSearchParams(entries.map(([k, v]) => [storableText(k), storableText(v)])).toString();
	}
	for (const [k, v] of Object.entries(params)) if (v !== undefined) params[k] = storableText(v);
}
