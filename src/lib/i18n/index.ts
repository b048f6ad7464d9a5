import { IntlMessageFormat } from 'intl-messageformat';
import { de, type MessageKey } from './messages/de';
import { portalDe, type PortalMessages } from './messages/portal-de';
import { portalEn } from './messages/portal-en';
import { portalTr } from './messages/portal-tr';
import { portalAr } from './messages/portal-ar';
import { portalRu } from './messages/portal-ru';
import { portalUk } from './messages/portal-uk';
import { portalPl } from './messages/portal-pl';
import { portalFa } from './messages/portal-fa';
import { portalLeicht } from './messages/portal-leicht';
import { langTag, SOURCE_LOCALE, type LocaleCode } from './locales';

export type { MessageKey };
export type Messages = Record<MessageKey, string>;
export type Translator = (key: MessageKey, values?: Record<string, string | number | Date>) => string;

/**
 * The portal's messages in every language: typed as `PortalMessages` against the German
 * keys, and one entry per locale, so a missing translation or language fails the type check.
 * The internal area is German only and falls back to `de`.
 */
const catalogs: Record<LocaleCode, PortalMessages> = {
	de: portalDe,
	leicht: portalLeicht,
	en: portalEn,
	tr: portalTr,
	ar: portalAr,
	ru: portalRu,
	uk: portalUk,
	pl: portalPl,
	fa: portalFa
};

const cache = new Map<string, IntlMessageFormat>();

export function intlLocale(locale: LocaleCode) {
	return langTag(locale);
}

const displayNames = new Map<LocaleCode, Intl.DisplayNames>();

/** Language names in the page language ("Türkisch", "Turkish" …); made once per language. */
export function languageNamesIn(locale: LocaleCode): Intl.DisplayNames {
	let names = displayNames.get(locale);
	if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([intlLocale(locale)], { type: 'language' })));
	return names;
}

/** Formats an ICU message (plurals, numbers, dates) from the catalog; falls back to German. */
export function translate(
	locale: LocaleCode,
	key: MessageKey,
	values?: Record<string, string | number | Date>
): string {
	const source = (catalogs[locale] as Partial<Record<MessageKey, string>>)[key] ?? de[key];
	if (!values) return source;
	const cacheKey = `${locale}\u0000${key}`;
	let format = cache.get(cacheKey);
	if (!format) {
		format = new IntlMessageFormat(source, intlLocale(locale));
		cache.set(cacheKey, format);
	}
	return String(format.format(values));
}

export function createTranslator(locale: LocaleCode = SOURCE_LOCALE): Translator {
	return (key: MessageKey, values?: Record<string, string | number | Date>) => translate(locale, key, values);
}

/** German translator for the internal area and the source texts. */
export const t = createTranslator('de');

export function isMessageKey(key: string): key is MessageKey {
	return Object.prototype.hasOwnProperty.call(de, key);
}
