import { error } from '@sveltejs/kit';

/** Route parameters that must be UUIDs (anything else is a 404 before the database is asked). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID route parameter or form field, else 404. */
export function uuidParam(v: string | undefined | null): string {
	if (!v || !UUID.test(v)) error(404, 'Diese Seite gibt es nicht.');
	return v;
}
