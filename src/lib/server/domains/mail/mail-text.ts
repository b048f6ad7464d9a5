import { IntlMessageFormat } from 'intl-messageformat';
import { langTag, type LocaleCode } from '$lib/i18n/locales';
import { mailDe, type MailKey, type MailMessages } from '$lib/i18n/messages/mail-de';

export type MailText = (key: MailKey, values?: Record<string, string | number>) => string;

/**
 * The mail catalogs per language. German is complete; a language gets its own catalog here
 * (typed `MailMessages`, so it cannot miss a key) and falls back to German until then.
 */
const mailCatalogs: Record<LocaleCode, Partial<MailMessages>> = {
	de: mailDe,
	leicht: {},
	en: {},
	tr: {},
	ar: {},
	ru: {},
	uk: {},
	pl: {},
	fa: {}
};

const cache = new Map<string, IntlMessageFormat>();

/** The language a mail in this locale is written in: its own, or German while it has no mail texts yet. */
export function mailLanguage(locale: LocaleCode = 'de'): string {
	return Object.keys(mailCatalogs[locale]).length > 0 ? langTag(locale) : 'de';
}

/** The mail texts in one language (German where that language has no text yet). */
export function mailText(locale: LocaleCode = 'de'): MailText {
	return (key, values) => {
		const own = mailCatalogs[locale][key];
		const source = own ?? mailDe[key];
		const tag = own === undefined ? 'de' : langTag(locale);
		const cacheKey = `${tag}\u0000${key}`;
		let format = cache.get(cacheKey);
		if (!format) {
			format = new IntlMessageFormat(source, tag, undefined, { ignoreTag: true });
			cache.set(cacheKey, format);
		}
		return String(format.format(values));
	};
}
