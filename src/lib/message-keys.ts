import { isMessageKey, type MessageKey, type Translator } from '$lib/i18n';

/**
 * The catalog key `prefix + value` for a value that arrives as plain text (a URL parameter, a text
 * column typed `string`), or null when the catalog has no such key. Where the value's type is a
 * union of known literals, write the template literal directly: `t(`offerType.${type}`)` checks itself.
 */
export function messageKeyFor(prefix: string, value: string | null | undefined): MessageKey | null {
	const key = `${prefix}${value}`;
	return isMessageKey(key) ? key : null;
}

/** The translated label for such a value; empty when the catalog has none (an unknown value shows nothing). */
export function catalogLabel(t: Translator, prefix: string, value: string | null | undefined): string {
	const key = messageKeyFor(prefix, value);
	return key ? t(key) : '';
}
