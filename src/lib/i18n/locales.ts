/** The one registry of languages: code, native name, writing direction. German is the source. */
export const LOCALES = [
	{ code: 'de', name: 'Deutsch', dir: 'ltr' },
	{ code: 'leicht', name: 'Leichte Sprache', dir: 'ltr' },
	{ code: 'en', name: 'English', dir: 'ltr' },
	{ code: 'tr', name: 'Türkçe', dir: 'ltr' },
	{ code: 'ar', name: 'العربية', dir: 'rtl' },
	{ code: 'ru', name: 'Русский', dir: 'ltr' },
	{ code: 'uk', name: 'Українська', dir: 'ltr' },
	{ code: 'pl', name: 'Polski', dir: 'ltr' },
	{ code: 'fa', name: 'فارسی', dir: 'rtl' }
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export const SOURCE_LOCALE: LocaleCode = 'de';

/** The BCP 47 tag for `lang` attributes: Leichte Sprache is German ("leicht" is only the URL segment, not a valid tag). */
export function langTag(code: LocaleCode): string {
	return code === 'leicht' ? 'de' : code;
}
