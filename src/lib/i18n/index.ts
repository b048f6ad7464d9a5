import { IntlMessageFormat } from 'intl-messageformat';
import { de, type MessageKey } from './messages/de';
import { SOURCE_LOCALE, type LocaleCode } from './locales';

export type { MessageKey };
export type Messages = Record<MessageKey, string>;

/** Catalogs other than German are typed as `Messages`, so a missing key fails the type check. */
const catalogs: Partial<Record<LocaleCode, Messages>> = { de };

const cache = new Map<string, IntlMessageFormat>();

function intlLocale(locale: LocaleCode) {
	return locale === 'leicht' ? 'de' : locale;
}

/** Formats an ICU message (plurals, numbers, dates) from the catalog; falls back to German. */
export function translate(locale: LocaleCode, key: MessageKey, values?: Record<string, string | number | Date>): string {
	const catalog = catalogs[locale] ?? de;
	const source = catalog[key] ?? de[key];
	if (!values) return source;
	const cacheKey = `${locale}\u0000${key}`;
	let format = cache.get(cacheKey);
	if (!format) {
		format = new IntlMessageFormat(source, intlLocale(locale));
		cache.set(cacheKey, format);
	}
	return String(format.format(values));
}

export function createTranslator(locale: LocaleCode = SOURCE_LOCALE) {
	return (key: MessageKey, values?: Record<string, string | number | Date>) => translate(locale, key, values);
}

/** German translator for the internal area and the source texts. */
export const t = createTranslator('de');

export function isMessageKey(key: string): key is MessageKey {
	return Object.prototype.hasOwnProperty.call(de, key);
}
