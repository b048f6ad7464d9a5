import { IntlMessageFormat } from 'intl-messageformat';
import { langTag, type LocaleCode } from '$lib/i18n/locales';
import { mailDe, type MailKey, type MailMessages } from '$lib/i18n/messages/mail-de';
import { mailEventTranslations } from '$lib/i18n/messages/mail-event-translations';

export type MailText = (key: MailKey, values?: Record<string, string | number>) => string;

/**
 * The mail catalogs per language. German is complete; the others have the texts of the mails
 * translated so far (the event registration mails) and fall back to German for the rest: a mail
 * with any text missing in its language is rendered in German as a whole (`renderMail`).
 */
const mailCatalogs: Record<LocaleCode, Partial<MailMessages>> = {
	de: mailDe,
	leicht: { ...mailEventTranslations.leicht },
	en: { ...mailEventTranslations.en },
	tr: { ...mailEventTranslations.tr },
	ar: { ...mailEventTranslations.ar },
	ru: { ...mailEventTranslations.ru },
	uk: { ...mailEventTranslations.uk },
	pl: { ...mailEventTranslations.pl },
	fa: { ...mailEventTranslations.fa }
};

const cache = new Map<string, IntlMessageFormat>();

/** The language a mail in this locale is written in: its own, or German while it has no mail texts yet. */
export function mailLanguage(locale: LocaleCode = 'de'): string {
	return Object.keys(mailCatalogs[locale]).length > 0 ? langTag(locale) : 'de';
}

/** The mail texts in one language (German where that language has no text yet; `onMissing` hears of each). */
export function mailText(locale: LocaleCode = 'de', onMissing?: (key: MailKey) => void): MailText {
	return (key, values) => {
		const own = mailCatalogs[locale][key];
		if (own === undefined && locale !== 'de') onMissing?.(key);
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
