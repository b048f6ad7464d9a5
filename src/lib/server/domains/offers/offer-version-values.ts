import { t } from '$lib/i18n';
import { offerToFormValues, type OfferFormValues } from './offer-form-values';

// Offer versions: what changed between two, and how a version is stored (compact) and read back (expanded).

export type FieldChange = { field: string; before: string; after: string };

const show = (v: unknown) =>
	Array.isArray(v)
		? v.join(', ')
		: typeof v === 'boolean'
			? t(v ? 'server.offers.yes' : 'server.offers.no')
			: String(v ?? '');

/** Field-by-field differences between two sets of form values (bookkeeping fields left out). */
export function diffFormValues(before: OfferFormValues | null, after: OfferFormValues): FieldChange[] {
	const skip = new Set(['version', 'markVerified', 'status']);
	const keys = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])].filter((k) => !skip.has(k));
	const slotUsed = (values: OfferFormValues | null, i: number) =>
		!!values && ['street', 'postcode', 'districtId', 'lat'].some((f) => String(values[`loc${i}-${f}`] ?? '') !== '');
	const changes: FieldChange[] = [];
	for (const field of keys) {
		const slot = /^loc(\d+)-/.exec(field);
		if (slot && !slotUsed(before, Number(slot[1])) && !slotUsed(after, Number(slot[1]))) continue;
		const a = show(before?.[field]);
		const b = show(after[field]);
		if (a !== b) changes.push({ field, before: a, after: b });
	}
	return changes;
}

/** A version as stored: empty fields left out (location blocks and translations are mostly empty). */
export function compactFormValues(values: OfferFormValues): OfferFormValues {
	return Object.fromEntries(
		Object.entries(values).filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0))
	);
}

/** A stored version with every field again (missing ones empty), ready for the form schema. */
export function expandFormValues(values: OfferFormValues): OfferFormValues {
	const empty = offerToFormValues(null, [], '');
	for (const key of Object.keys(empty))
		empty[key] = Array.isArray(empty[key]) ? [] : typeof empty[key] === 'boolean' ? false : '';
	return { ...empty, ...values };
}
