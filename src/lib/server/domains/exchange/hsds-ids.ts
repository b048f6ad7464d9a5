import { createHash } from 'node:crypto';

/**
 * Open Referral HSDS 3.0 identifiers are stable UUIDs: our own row ids, and for parts without a
 * row of their own (phones, schedules, languages, terms …) name-based UUIDs derived from the row
 * id, so the same data always gets the same ids.
 */
export const HSDS_VERSION = '3.0';
const NAMESPACE = 'nfh-hsds';

/** Ids made before: an API page asks for the same taxonomy and term ids again and again (issue 17). */
const made = new Map<string, string>();

/** A name-based UUID (version 5 layout, SHA-1) for a part without its own row. */
export function stableUuid(...parts: string[]): string {
	const name = [NAMESPACE, ...parts].join('|');
	const known = made.get(name);
	if (known) return known;
	if (made.size >= 50_000) made.clear();
	const h = createHash('sha1').update(name).digest();
	h[6] = (h[6]! & 0x0f) | 0x50;
	h[8] = (h[8]! & 0x3f) | 0x80;
	const x = h.subarray(0, 16).toString('hex');
	const id = `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
	made.set(name, id);
	return id;
}

export type TaxonomyKey = 'lebensphase' | 'thema' | 'angebotsart';

export const taxonomyId = (networkId: string, key: TaxonomyKey) => stableUuid(networkId, 'taxonomy', key);
export const termId = (networkId: string, key: TaxonomyKey, code: string) => stableUuid(networkId, 'term', key, code);
